package org.hurdleboard.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The session files this user opened last, newest first, kept in a small JSON file. A damaged or
 * missing list is treated as empty: it is a convenience, never a reason to fail.
 */
public final class RecentFiles {
    public static final int MAX_ENTRIES = 10;

    /** One remembered file, with the workshop title shown for it on the start screen. */
    public record Entry(String path, String title, Instant openedAt) {
        public Path file() {
            return Path.of(path);
        }
    }

    private final Path storage;

    /** Made on first use, off the FX thread: setting up Jackson takes a tenth of a second at start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public RecentFiles(Path storage) {
        this.storage = storage;
    }

    public List<Entry> load() {
        if (!Files.isRegularFile(storage)) {
            return List.of();
        }
        try {
            List<StoredEntry> stored = Json.MAPPER.readValue(storage.toFile(), new TypeReference<List<StoredEntry>>() { });
            List<Entry> entries = new ArrayList<>();
            for (StoredEntry entry : stored) {
                if (entry != null && entry.path != null && !entry.path.isBlank()) {
                    entries.add(entry.toEntry());
                }
            }
            return entries.subList(0, Math.min(entries.size(), MAX_ENTRIES));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts a file at the top of the list and saves the list. */
    public List<Entry> remember(Path file, String title) throws IOException {
        String path = file.toAbsolutePath().normalize().toString();
        List<Entry> entries = new ArrayList<>(load());
        entries.removeIf(entry -> entry.path().equals(path));
        entries.add(0, new Entry(path, title, Instant.now()));
        List<Entry> kept = entries.subList(0, Math.min(entries.size(), MAX_ENTRIES));
        save(kept);
        return List.copyOf(kept);
    }

    public List<Entry> forget(Path file) throws IOException {
        String path = file.toAbsolutePath().normalize().toString();
        List<Entry> entries = new ArrayList<>(load());
        entries.removeIf(entry -> entry.path().equals(path));
        save(entries);
        return List.copyOf(entries);
    }

    private void save(List<Entry> entries) throws IOException {
        List<StoredEntry> stored = new ArrayList<>();
        entries.forEach(entry -> stored.add(StoredEntry.of(entry)));
        Files.createDirectories(storage.toAbsolutePath().getParent());
        Path partial = storage.resolveSibling(storage.getFileName() + ".part");
        try {
            Files.writeString(partial, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(stored));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        Files.move(partial, storage, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The JSON shape: plain fields, so the file stays readable and tolerant of additions. */
    private static final class StoredEntry {
        public String path;
        public String title;
        public String openedAt;

        static StoredEntry of(Entry entry) {
            StoredEntry stored = new StoredEntry();
            stored.path = entry.path();
            stored.title = entry.title();
            stored.openedAt = entry.openedAt().toString();
            return stored;
        }

        Entry toEntry() {
            Instant when;
            try {
                when = openedAt == null ? Instant.EPOCH : Instant.parse(openedAt);
            } catch (RuntimeException e) {
                when = Instant.EPOCH;
            }
            return new Entry(path, title == null ? "" : title, when);
        }
    }
}
