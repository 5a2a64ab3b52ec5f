package org.hurdleboard.store;

import java.util.List;
import org.hurdleboard.domain.SessionChange;

/** Test listeners for a session file's writer. */
final class WriteProblems {
    private WriteProblems() {
    }

    /** Notes each write's problem in {@code problems}, and nothing else. */
    static SessionFile.WriteListener collectInto(List<WriteProblem> problems) {
        return collectInto(new java.util.ArrayList<>(), problems);
    }

    /** Notes each change written in {@code written}, in order, and each write's problem in {@code problems}. */
    static SessionFile.WriteListener collectInto(List<SessionChange> written, List<WriteProblem> problems) {
        return new SessionFile.WriteListener() {
            @Override
            public void written(SessionChange change) {
                written.add(change);
            }

            @Override
            public void failed(SessionChange change, WriteProblem problem, Exception error) {
                problems.add(problem);
            }
        };
    }
}
