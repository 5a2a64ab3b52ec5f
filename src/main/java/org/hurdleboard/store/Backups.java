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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        Path target = sessionFolder.resolve(NAME.format(clock.instant()) + SUFFIX);
        Path partial = sessionFolder.resolve(target.getFileName() + ".part");
        Files.deleteIfExists(partial);
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, partial.toAbsolutePath().toString());
            vacuum.execute();
        }
        // two openings in the same millisecond: the later copy is the one to keep
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        rememberOrigin(sessionFolder, source);
        prune(sessionFolder);
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
        found.sort(Comparator.comparing(Backup::takenAt).reversed());
        return found;
    }

    private static List<Backup> list(Path sessionFolder) throws IOException {
        List<Backup> backups = new ArrayList<>();
        for (Path file : files(sessionFolder)) {
            try {
                Instant takenAt = NAME.parse(stem(file), Instant::from);
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

    private static List<Path> files(Path sessionFolder) throws IOException {
        try (Stream<Path> files = Files.list(sessionFolder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
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
}
