package org.hurdleboard.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Session;

/**
 * A chain of workshops, oldest first, found from any file in it: back along each file's link to
 * its previous workshop (at its last path, or by its identity in the same folder, so a renamed or
 * moved file is found), and on to the files in the folder that follow it up. A link that cannot
 * be followed (missing, damaged, newer, another workshop) ends the chain there with its reason;
 * the rest stays usable. Reads files only; changes none.
 */
public final class Series {
    /** One workshop of the chain. */
    public record Workshop(Path path, String uid, Session session) {
        public Workshop {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(session, "session");
        }
    }

    /** Why the chain stops before the workshop {@code link} names. */
    public record Break(PreviousWorkshop link, Reason reason, Optional<SessionFileException> problem) {
        public enum Reason {
            /** Neither at its last path nor anywhere in the folder. */
            NOT_FOUND,
            /** At its last path there is a file of another workshop, and the workshop is nowhere in the folder. */
            ANOTHER_WORKSHOP,
            /** Found but cannot be read: damaged, from a newer version, not a session; {@code problem} says which. */
            UNREADABLE
        }
    }

    private final List<Workshop> workshops;
    private final Optional<Break> broken;

    private Series(List<Workshop> workshops, Optional<Break> broken) {
        this.workshops = List.copyOf(workshops);
        this.broken = broken;
    }

    /** The workshops in order, oldest first. */
    public List<Workshop> workshops() {
        return workshops;
    }

    /** Why the chain does not reach further back, if it stops at a link that cannot be followed. */
    public Optional<Break> broken() {
        return broken;
    }

    /** The chain {@code file} is in; the file itself must be readable. */
    public static Series of(Path file) throws SessionFileException {
        SessionFile.Contents start = SessionFile.read(file, false);
        List<Workshop> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Workshop first = new Workshop(file, start.uid(), start.session());
        chain.add(first);
        seen.add(first.uid());
        Optional<Break> broken = Optional.empty();
        Workshop earliest = first;
        while (earliest.session().followUp().previous().isPresent()) {
            PreviousWorkshop link = earliest.session().followUp().previous().get();
            Found found = locate(link, folderOf(earliest.path()));
            if (found.workshop == null) {
                broken = Optional.of(found.problem);
                break;
            }
            if (!seen.add(found.workshop.uid())) {
                break;
            }
            chain.add(0, found.workshop);
            earliest = found.workshop;
        }
        Workshop latest = first;
        for (Optional<Workshop> next = followerOf(latest, seen); next.isPresent(); next = followerOf(latest, seen)) {
            chain.add(next.get());
            latest = next.get();
        }
        return new Series(chain, broken);
    }

    /** Finds the previous workshop a link names; for a follow-up that lost its previous file. */
    public static Optional<Path> find(PreviousWorkshop link, Path besideFile) {
        return Optional.ofNullable(locate(link, folderOf(besideFile)).workshop).map(Workshop::path);
    }

    /** Why the link cannot be followed, or nothing when it can. */
    public static Optional<Break> check(PreviousWorkshop link, Path besideFile) {
        Found found = locate(link, folderOf(besideFile));
        return found.workshop == null ? Optional.of(found.problem) : Optional.empty();
    }

    /** Every chain in a folder, each oldest first, the chains by their first workshop's date. */
    public static List<Series> inFolder(Path folder) throws IOException {
        List<Series> all = new ArrayList<>();
        Set<Path> placed = new HashSet<>();
        for (Path file : sessionFiles(folder)) {
            if (placed.contains(file)) {
                continue;
            }
            try {
                Series series = of(file);
                series.workshops.forEach(workshop -> placed.add(workshop.path().toAbsolutePath().normalize()));
                placed.add(file);
                all.add(series);
            } catch (SessionFileException e) {
                placed.add(file);
            }
        }
        all.sort(Comparator.comparing((Series series) -> series.workshops.get(0).session().details().date())
                .thenComparing(series -> series.workshops.get(0).path().getFileName().toString()));
        return all;
    }

    private record Found(Workshop workshop, Break problem) {
    }

    private static Found locate(PreviousWorkshop link, Path folder) {
        Path last = Path.of(link.lastPath());
        Break problem = new Break(link, Break.Reason.NOT_FOUND, Optional.empty());
        if (Files.isRegularFile(last)) {
            try {
                SessionFile.Contents contents = SessionFile.read(last, false);
                if (link.uid().isEmpty() || contents.uid().equals(link.uid())) {
                    return new Found(new Workshop(last, contents.uid(), contents.session()), null);
                }
                problem = new Break(link, Break.Reason.ANOTHER_WORKSHOP, Optional.empty());
            } catch (SessionFileException e) {
                problem = new Break(link, Break.Reason.UNREADABLE, Optional.of(e));
            }
        }
        if (link.uid().isEmpty()) {
            return new Found(null, problem);
        }
        for (Path candidate : sessionFilesQuietly(folder)) {
            if (candidate.toAbsolutePath().normalize().equals(last.toAbsolutePath().normalize())) {
                continue;
            }
            try {
                SessionFile.Contents contents = SessionFile.read(candidate, false);
                if (contents.uid().equals(link.uid())) {
                    return new Found(new Workshop(candidate, contents.uid(), contents.session()), null);
                }
            } catch (SessionFileException e) {
                // not this one: files that cannot be read are not the workshop looked for
            }
        }
        return new Found(null, problem);
    }

    /** The earliest file in the folder that follows {@code workshop} up, if any. */
    private static Optional<Workshop> followerOf(Workshop workshop, Set<String> seen) {
        Workshop follower = null;
        for (Path candidate : sessionFilesQuietly(folderOf(workshop.path()))) {
            try {
                SessionFile.Contents contents = SessionFile.read(candidate, false);
                Optional<PreviousWorkshop> link = contents.session().followUp().previous();
                boolean follows = link.isPresent() && !seen.contains(contents.uid())
                        && (link.get().uid().equals(workshop.uid()) && !workshop.uid().isEmpty());
                if (follows && (follower == null
                        || contents.session().details().date().isBefore(follower.session().details().date()))) {
                    follower = new Workshop(candidate, contents.uid(), contents.session());
                }
            } catch (SessionFileException e) {
                // a file that cannot be read follows nothing up
            }
        }
        if (follower != null) {
            seen.add(follower.uid());
        }
        return Optional.ofNullable(follower);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static List<Path> sessionFilesQuietly(Path folder) {
        try {
            return sessionFiles(folder);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> sessionFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SessionFile.EXTENSION)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry.toAbsolutePath().normalize());
                }
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }
}
