package org.hurdleboard.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
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

    // Jackson's streaming parser and generator, not an ObjectMapper: making a mapper loads some 300
    // classes and costs a tenth of a second of CPU, and the list is saved as a file opens
    private static final JsonFactory JSON = new JsonFactory();

    public RecentFiles(Path storage) {
        this.storage = storage;
    }

    public List<Entry> load() {
        if (!Files.isRegularFile(storage)) {
            return List.of();
        }
        try (JsonParser parser = JSON.createParser(storage.toFile())) {
            List<Entry> entries = new ArrayList<>();
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                StoredEntry entry = token == JsonToken.START_OBJECT ? StoredEntry.read(parser) : skip(parser);
                if (entry != null && entry.path != null && !entry.path.isBlank()) {
                    entries.add(entry.toEntry());
                }
            }
            return entries.subList(0, Math.min(entries.size(), MAX_ENTRIES));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Steps over a value that is not an entry (a null, a number, a list); the list goes on. */
    private static StoredEntry skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
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
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Entry entry : entries) {
                StoredEntry.of(entry).write(json);
            }
            json.writeEndArray();
        }
        Files.createDirectories(storage.toAbsolutePath().getParent());
        Path partial = storage.resolveSibling(storage.getFileName() + ".part");
        Files.writeString(partial, text.toString());
        Files.move(partial, storage, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The JSON shape: plain fields, so the file stays readable and tolerant of additions. */
    private static final class StoredEntry {
        String path;
        String title;
        String openedAt;

        /** An entry's fields; fields it does not know (a later version's) are stepped over. */
        static StoredEntry read(JsonParser parser) throws IOException {
            StoredEntry stored = new StoredEntry();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                String text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                parser.skipChildren();
                switch (field) {
                    case "path" -> stored.path = text;
                    case "title" -> stored.title = text;
                    case "openedAt" -> stored.openedAt = text;
                    default -> { }
                }
            }
            return stored;
        }

        void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("path", path);
            json.writeStringField("title", title);
            json.writeStringField("openedAt", openedAt);
            json.writeEndObject();
        }

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
