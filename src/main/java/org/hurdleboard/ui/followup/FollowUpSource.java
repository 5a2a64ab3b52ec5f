package org.hurdleboard.ui.followup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Session;
import org.hurdleboard.store.Series;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.SessionFileException;

/**
 * The workshop a new one follows up, as read from its file (never changed): where it is, its
 * identity and its session. Read off the FX thread.
 */
public record FollowUpSource(Path path, String uid, Session previous, int workshopsInSeries) {
    public FollowUpSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(previous, "previous");
    }

    /** The workshop in {@code file}, read without changing it. */
    public static FollowUpSource read(Path file) throws SessionFileException {
        SessionFile.Contents contents = SessionFile.read(file, false);
        return new FollowUpSource(file.toAbsolutePath(), contents.uid(), contents.session(),
                contents.session().followUp().earlier().size() + 1);
    }

    /** The last workshop of each series in a folder, the latest series first. */
    public static List<FollowUpSource> latestInFolder(Path folder) throws IOException {
        List<FollowUpSource> latest = new ArrayList<>();
        for (Series series : Series.inFolder(folder)) {
            Series.Workshop last = series.workshops().get(series.workshops().size() - 1);
            latest.add(0, new FollowUpSource(last.path(), last.uid(), last.session(),
                    last.session().followUp().earlier().size() + 1));
        }
        return latest;
    }

    /** The link the new workshop keeps to this one. */
    public PreviousWorkshop link() {
        return new PreviousWorkshop(uid, path.toString(), previous.details().title(), previous.details().date());
    }
}
