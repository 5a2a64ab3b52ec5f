package org.hurdleboard.store;

import java.util.List;
import org.hurdleboard.domain.SessionChange;

/** Test listeners for a session file's writer. */
final class WriteProblems {
    private WriteProblems() {
    }

    /** Notes each write's problem in {@code problems}, and nothing else. */
    static SessionFile.WriteListener collectInto(List<WriteProblem> problems) {
        return new SessionFile.WriteListener() {
            @Override
            public void written(SessionChange change) {
            }

            @Override
            public void failed(SessionChange change, WriteProblem problem, Exception error) {
                problems.add(problem);
            }
        };
    }
}
