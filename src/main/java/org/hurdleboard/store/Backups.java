package org.hurdleboard.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of session files, taken each time one is opened, in a folder of the user's own: one
 * folder per session (by the id the file carries, so a renamed or moved file keeps its backups),
 * the newest {@value #KEPT} kept. Each copy is consistent (SQLite's VACUUM INTO), never a
 * half-written file.
 */
public final class Backups {
    public static final int KEPT = 10;
    private static final String SUFFIX = ".hurdles";
    /** Paths the session was opened from, one per line, so a damaged file can find its backups. */
    private static final String ORIGINS = "origins.txt";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One backup: when it was taken and how many votes it holds, for the facilitator to choose. */
    public record Backup(Path file, Instant takenAt, int votes) {
    }

    private final Path folder;
    private final Clock clock;

    public Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Takes a backup through the open connection, outside any transaction of the caller's. */
    void take(Connection connection, String uid, Path source) throws IOException, SQLException {
        Path sessionFolder = folder.resolve(safe(uid));
        Files.createDirectories(sessionFolder);
        Path target = freeName(sessionFolder, NAME.format(clock.instant()));
        Path partial = sessionFolder.resolve(target.getFileName() + ".part");
        Files.deleteIfExists(partial);
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, partial.toAbsolutePath().toString());
            vacuum.execute();
        }
        withoutPhoneKeys(partial);
        Files.move(partial, target);
        rememberOrigin(sessionFolder, source);
        prune(sessionFolder);
    }

    /**
     * A backup never holds a round's phone keys: opened on another laptop while the workshop goes
     * on, it would take the same room's phones with the same link. A round restored from one gets
     * new keys when voting opens again.
     */
    private static void withoutPhoneKeys(Path backup) throws SQLException {
        try (Connection copy = Connections.open(backup, false)) {
            PhoneKeyRows.delete(copy, null);
            RowChecks.sealTables(copy);
            copy.commit();
        }
    }

    /** The backups of the session last opened from this path, newest first; also for a damaged file. */
    public List<Backup> of(Path sessionPath) {
        String origin = sessionPath.toAbsolutePath().normalize().toString();
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> sessions = Files.list(folder)) {
            for (Path sessionFolder : (Iterable<Path>) sessions::iterator) {
                if (origins(sessionFolder).contains(origin)) {
                    found.addAll(list(sessionFolder));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        // newest first; backups of the same moment keep the order they were taken in
        Collections.reverse(found);
        found.sort(Comparator.comparing(Backup::takenAt).reversed());
        return found;
    }

    private static List<Backup> list(Path sessionFolder) throws IOException {
        List<Backup> backups = new ArrayList<>();
        for (Path file : files(sessionFolder)) {
            try {
                Instant takenAt = NAME.parse(stem(file).split("-")[0], Instant::from);
                backups.add(new Backup(file, takenAt, votesIn(file)));
            } catch (DateTimeParseException | SQLException e) {
                // not one of ours, or damaged itself: not offered
            }
        }
        return backups;
    }

    private static int votesIn(Path file) throws SQLException {
        try (Connection connection = Connections.openReadOnly(file);
             Statement query = connection.createStatement();
             ResultSet total = query.executeQuery("SELECT coalesce(sum(votes), 0) FROM vote_count")) {
            return total.next() ? total.getInt(1) : 0;
        }
    }

    /** "time.hurdles", or "time-2.hurdles"… when the clock gives the same time twice. */
    private static Path freeName(Path sessionFolder, String time) {
        Path target = sessionFolder.resolve(time + SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = sessionFolder.resolve(time + "-" + n + SUFFIX);
        }
        return target;
    }

    /** The backups in the order they were taken, oldest first. */
    private static List<Path> files(Path sessionFolder) throws IOException {
        try (Stream<Path> files = Files.list(sessionFolder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path file) -> stem(file).split("-")[0])
                            .thenComparingInt(Backups::sequence))
                    .toList();
        }
    }

    private static int sequence(Path file) {
        String[] parts = stem(file).split("-");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void prune(Path sessionFolder) throws IOException {
        List<Path> files = files(sessionFolder);
        for (Path old : files.subList(0, Math.max(0, files.size() - KEPT))) {
            Files.deleteIfExists(old);
        }
    }

    private static void rememberOrigin(Path sessionFolder, Path source) throws IOException {
        String origin = source.toAbsolutePath().normalize().toString();
        if (!origins(sessionFolder).contains(origin)) {
            Files.writeString(sessionFolder.resolve(ORIGINS), origin + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static List<String> origins(Path sessionFolder) {
        try {
            return Files.readAllLines(sessionFolder.resolve(ORIGINS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The id comes from the file, which may be anyone's: never let it name a path outside the folder. */
    private static String safe(String uid) {
        String cleaned = uid.replaceAll("[^A-Za-z0-9]", "");
        return cleaned.isEmpty() ? "unknown" : cleaned;
    }

    /**
     * Copies a backup to a new file beside {@code near} (or into {@code fallbackFolder} when that
     * folder cannot be written), named after it with the backup's time; never replaces a file.
     */
    public static Path restore(Backup backup, Path near, Path fallbackFolder) throws SessionFileException {
        String stem = SessionFile.nameWithoutExtension(near);
        String when = LocalDateTime.ofInstant(backup.takenAt(), ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ').replace(':', '-');
        Path folder = near.toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder)) {
            folder = fallbackFolder;
        }
        Path target = SessionFile.firstFreePath(
                folder.resolve(stem + " (restored " + when + ")" + SessionFile.EXTENSION));
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.copy(backup.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file is harmless
            }
            throw new SessionFileException(SessionFileException.Problem.CANNOT_WRITE, target, IoReasons.of(e), e);
        }
    }
}
