package org.hurdleboard.deck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hurdleboard.deck.DeckProblem.Kind;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.IconShapes;
import org.hurdleboard.domain.SourceCredit;

/**
 * Reads a deck file (JSON, format "hurdle-board-deck") and checks all of it before anything
 * uses it. Every problem is reported with its place in the file, not only the first.
 */
public final class DeckReader {
    public static final String FORMAT = "hurdle-board-deck";
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_CATEGORIES = 12;
    public static final int MAX_CARDS = 200;
    public static final int MAX_CARD_NUMBER = 9999;
    static final int MAX_NAME = 60;
    static final int MAX_TITLE = 80;
    static final int MAX_TEXT = 2000;
    static final int MAX_SHORT = 300;
    static final int MAX_EXPLANATION = 200;
    static final int MAX_PROMPTS = 3;
    static final int MAX_PROMPT = 100;
    /** A deck is nested 4 deep (cards, a card, its source); more is a broken or hostile file. */
    static final int MAX_NESTING = 16;
    /** Card numbers and versions are short; a longer number is a broken or hostile file. */
    static final int MAX_NUMBER_DIGITS = 20;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_FIELDS = Set.of("format", "formatVersion", "id", "version",
            "language", "translationOf", "title", "description", "source", "prompts", "categories", "cards");
    private static final Set<String> SOURCE_FIELDS =
            Set.of("title", "author", "publisher", "url", "note", "licence");
    private static final Set<String> CATEGORY_FIELDS = Set.of("id", "name", "colour", "icon");
    private static final Set<String> CARD_FIELDS =
            Set.of("number", "category", "title", "statement", "explanation", "prompts", "source");

    private final JsonFactory factory;

    public DeckReader() {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxStringLength(MAX_FILE_BYTES)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public Deck read(InputStream in) throws DeckFormatException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw fail("", Kind.UNREADABLE, e.getMessage());
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw fail("", Kind.TOO_LARGE, (MAX_FILE_BYTES / 1024 / 1024) + " MB");
        }
        return read(text(bytes));
    }

    /**
     * Reads a deck file, after checking it is an ordinary file: a folder, a device such as
     * /dev/zero or a pipe gets its own message (a pipe would otherwise be waited on for ever).
     */
    public Deck read(Path file) throws IOException, DeckFormatException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw fail("", Kind.NOT_A_FILE, "");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * The file's text: UTF-8, with or without the byte order mark Notepad writes. UTF-16 and
     * UTF-32 are named, and bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1)
     * refused with their line, rather than read with é turned into U+FFFD.
     */
    static String text(byte[] bytes) throws DeckFormatException {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw fail("", Kind.WRONG_ENCODING, wide);
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < input.position() && i < bytes.length; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw fail("", Kind.NOT_UTF8, String.valueOf(line));
        }
    }

    /** "UTF-16" or "UTF-32" when the file starts like one (a byte order mark, or zero bytes in its first characters). */
    private static String wideEncoding(byte[] bytes) {
        if (startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})
                || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})) {
            return "UTF-32";
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return "UTF-16";
        }
        // JSON starts with ASCII: a zero byte among the first four means two or four bytes a character
        int zeros = 0;
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return zeros == 0 ? null : zeros >= 3 ? "UTF-32" : "UTF-16";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    public Deck read(String json) throws DeckFormatException {
        JsonNode root;
        try (JsonParser parser = factory.createParser(json)) {
            root = JsonTree.read(parser);
            if (parser.nextToken() != null) {
                throw fail("", Kind.NOT_JSON, "extra text after the end");
            }
        } catch (StreamConstraintsException e) {
            // Jackson's limits give no place in the file, only which limit
            String limit = String.valueOf(e.getMessage());
            if (limit.contains("nesting")) {
                throw fail("", Kind.TOO_DEEP, String.valueOf(MAX_NESTING));
            }
            if (limit.contains("Number")) {
                throw fail("", Kind.NUMBER_TOO_LONG, String.valueOf(MAX_NUMBER_DIGITS));
            }
            throw fail("", Kind.TOO_LARGE, (MAX_FILE_BYTES / 1024 / 1024) + " MB");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw fail("", Kind.NOT_JSON, where == null ? "?"
                    : "line " + where.getLineNr() + ", column " + where.getColumnNr());
        } catch (IOException e) {
            throw fail("", Kind.UNREADABLE, e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw fail("format", Kind.NOT_A_DECK, "");
        }
        JsonNode formatVersion = root.get("formatVersion");
        if (formatVersion != null && formatVersion.canConvertToInt()
                && formatVersion.asInt() > FORMAT_VERSION) {
            throw fail("formatVersion", Kind.NEWER_FORMAT, formatVersion.asText());
        }
        return new Walk(root).deck();
    }

    private static DeckFormatException fail(String path, Kind kind, String detail) {
        return new DeckFormatException(List.of(new DeckProblem(path, kind, detail)));
    }

    /** One pass over a parsed file, collecting problems as it goes. */
    private static final class Walk {
        private final JsonNode root;
        private final List<DeckProblem> problems = new ArrayList<>();
        /** Every category id the file declares, even of a category with other faults: its cards are not "unknown". */
        private final Set<String> declaredCategoryIds = new HashSet<>();

        Walk(JsonNode root) {
            this.root = root;
        }

        Deck deck() throws DeckFormatException {
            unknownFields(root, "", TOP_FIELDS);
            integer(root, "formatVersion", "", FORMAT_VERSION, FORMAT_VERSION);
            String id = id(root, "id", "");
            int version = integer(root, "version", "", 1, Integer.MAX_VALUE);
            String language = language(root);
            String translationOf = root.has("translationOf") ? id(root, "translationOf", "") : "";
            String title = text(root, "title", "", MAX_TITLE);
            String description = optionalText(root, "description", "", MAX_TEXT, "");
            SourceCredit source = source(root, "");
            List<String> prompts = prompts(root, "");
            List<Category> categories = categories(root.get("categories"));
            List<Card> cards = cards(root.get("cards"));
            if (!problems.isEmpty()) {
                throw new DeckFormatException(problems);
            }
            return new Deck(id, version, language, translationOf, title, description, source, categories, cards,
                    prompts);
        }

        /** A BCP 47 tag ("en", "en-GB", "cy") of a language the JDK can name; "en" when left out. */
        private String language(JsonNode parent) {
            String tag = optionalText(parent, "language", "", 35, "en");
            if (!isKnownLanguage(tag)) {
                problem("language", Kind.UNKNOWN_LANGUAGE, tag);
                return "en";
            }
            return tag;
        }

        private SourceCredit source(JsonNode parent, String parentPath) {
            String path = join(parentPath, "source");
            JsonNode node = parent.get("source");
            if (node == null) {
                return SourceCredit.NONE;
            }
            if (!node.isObject()) {
                problem(path, Kind.WRONG_TYPE, "an object");
                return SourceCredit.NONE;
            }
            unknownFields(node, path, SOURCE_FIELDS);
            return new SourceCredit(
                    optionalText(node, "title", path, MAX_SHORT, ""),
                    optionalText(node, "author", path, MAX_SHORT, ""),
                    optionalText(node, "publisher", path, MAX_SHORT, ""),
                    optionalText(node, "url", path, MAX_SHORT, ""),
                    optionalText(node, "note", path, MAX_TEXT, ""),
                    optionalText(node, "licence", path, MAX_SHORT, ""));
        }

        /** Optional questions to discuss; an absent list is no prompts, an empty one is a mistake. */
        private List<String> prompts(JsonNode parent, String parentPath) {
            String path = join(parentPath, "prompts");
            List<String> prompts = new ArrayList<>();
            JsonNode node = parent.get("prompts");
            if (node == null) {
                return prompts;
            }
            if (node.isNull()) {
                problem(path, Kind.WRONG_TYPE, "a list");
                return prompts;
            }
            if (!isList(node, path, MAX_PROMPTS)) {
                return prompts;
            }
            for (int i = 0; i < node.size(); i++) {
                String prompt = checkedText(node.get(i), path + "[" + i + "]", MAX_PROMPT, false);
                if (prompt != null) {
                    prompts.add(prompt);
                }
            }
            return prompts;
        }

        private List<Category> categories(JsonNode node) {
            List<Category> categories = new ArrayList<>();
            if (!isList(node, "categories", MAX_CATEGORIES)) {
                return categories;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "categories[" + i + "]";
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    problem(path, Kind.WRONG_TYPE, "an object");
                    continue;
                }
                unknownFields(item, path, CATEGORY_FIELDS);
                String id = id(item, "id", path);
                String name = text(item, "name", path, MAX_NAME);
                String colour = text(item, "colour", path, 20);
                if (colour != null && !Palette.COLOURS.contains(colour)) {
                    problem(path + ".colour", Kind.UNKNOWN_COLOUR, colour);
                }
                String icon = optionalText(item, "icon", path, 20, "");
                if (!icon.isEmpty() && !IconShapes.NAMES.contains(icon)) {
                    problem(path + ".icon", Kind.UNKNOWN_ICON, icon);
                }
                if (id != null) {
                    declaredCategoryIds.add(id);
                }
                if (id != null && !ids.add(id)) {
                    problem(path + ".id", Kind.DUPLICATE, id);
                }
                if (id != null && name != null && colour != null) {
                    categories.add(new Category(id, name, colour, icon));
                }
            }
            return categories;
        }

        private List<Card> cards(JsonNode node) {
            List<Card> cards = new ArrayList<>();
            if (!isList(node, "cards", MAX_CARDS)) {
                return cards;
            }
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "cards[" + i + "]";
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    problem(path, Kind.WRONG_TYPE, "an object");
                    continue;
                }
                unknownFields(item, path, CARD_FIELDS);
                int number = integer(item, "number", path, 1, MAX_CARD_NUMBER);
                String category = text(item, "category", path, 64);
                String title = text(item, "title", path, MAX_TITLE);
                String statement = text(item, "statement", path, MAX_TEXT);
                String explanation = optionalText(item, "explanation", path, MAX_EXPLANATION, "");
                List<String> prompts = prompts(item, path);
                SourceCredit source = source(item, path);
                if (number > 0 && !numbers.add(number)) {
                    problem(path + ".number", Kind.DUPLICATE, String.valueOf(number));
                }
                if (category != null && !declaredCategoryIds.isEmpty() && !declaredCategoryIds.contains(category)) {
                    problem(path + ".category", Kind.UNKNOWN_CATEGORY, category);
                }
                if (number > 0 && category != null && title != null && statement != null) {
                    cards.add(new Card(number, category, title, statement, explanation, prompts, source));
                }
            }
            return cards;
        }

        private boolean isList(JsonNode node, String path, int max) {
            if (node == null || node.isNull()) {
                problem(path, Kind.MISSING, "");
                return false;
            }
            if (!node.isArray()) {
                problem(path, Kind.WRONG_TYPE, "a list");
                return false;
            }
            if (node.isEmpty()) {
                problem(path, Kind.EMPTY, "");
                return false;
            }
            if (node.size() > max) {
                problem(path, Kind.TOO_MANY, String.valueOf(max));
                return false;
            }
            return true;
        }

        private String id(JsonNode parent, String field, String parentPath) {
            String id = text(parent, field, parentPath, 64);
            if (id != null && !ID.matcher(id).matches()) {
                problem(join(parentPath, field), Kind.BAD_ID, "");
                return null;
            }
            return id;
        }

        private String text(JsonNode parent, String field, String parentPath, int maxLength) {
            JsonNode node = parent.get(field);
            if (node == null || node.isNull()) {
                problem(join(parentPath, field), Kind.MISSING, "");
                return null;
            }
            return checkedText(node, join(parentPath, field), maxLength, false);
        }

        private String optionalText(JsonNode parent, String field, String parentPath, int maxLength,
                                    String fallback) {
            JsonNode node = parent.get(field);
            if (node == null) {
                return fallback;
            }
            String text = checkedText(node, join(parentPath, field), maxLength, true);
            return text == null ? fallback : text;
        }

        private String checkedText(JsonNode node, String path, int maxLength, boolean mayBeEmpty) {
            if (!node.isTextual()) {
                problem(path, Kind.WRONG_TYPE, "text");
                return null;
            }
            String text = node.asText().strip();
            if (text.isEmpty() && !mayBeEmpty) {
                problem(path, Kind.EMPTY, "");
                return null;
            }
            if (text.codePointCount(0, text.length()) > maxLength) {
                problem(path, Kind.TOO_LONG, String.valueOf(maxLength));
                return null;
            }
            if (hasControlCharacters(text, maxLength > MAX_SHORT)) {
                problem(path, Kind.CONTROL_CHARACTERS, "");
                return null;
            }
            int invisible = firstInvisible(text);
            if (invisible >= 0) {
                problem(path, Kind.INVISIBLE_CHARACTERS, String.format(Locale.ROOT, "U+%04X", invisible));
                return null;
            }
            return text;
        }

        private int integer(JsonNode parent, String field, String parentPath, int min, int max) {
            JsonNode node = parent.get(field);
            String path = join(parentPath, field);
            if (node == null || node.isNull()) {
                problem(path, Kind.MISSING, "");
                return -1;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                problem(path, Kind.WRONG_TYPE, "a whole number");
                return -1;
            }
            int value = node.asInt();
            if (value < min || value > max) {
                problem(path, Kind.OUT_OF_RANGE, min + " and " + max);
                return -1;
            }
            return value;
        }

        private void unknownFields(JsonNode node, String path, Set<String> known) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    problem(join(path, name), Kind.UNKNOWN_FIELD, "");
                }
            }
        }

        private void problem(String path, Kind kind, String detail) {
            problems.add(new DeckProblem(path, kind, detail));
        }

        private static String join(String parentPath, String field) {
            return parentPath.isEmpty() ? field : parentPath + "." + field;
        }
    }

    /** Well-formed BCP 47, and a language the JDK has a name for ("xx" and "english" are not). */
    static boolean isKnownLanguage(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return false;
        }
        String language = locale.getLanguage();
        return !language.isEmpty() && !locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language);
    }

    /**
     * The first character that cannot be seen but changes what is seen: a zero-width space, a
     * bidi control that reorders the words after it (U+202E), a soft hyphen, a byte order mark,
     * half of a broken character (a lone surrogate). Zero-width joiners and emoji tag
     * characters stay: emoji, flags and some scripts need them. -1 when there is none.
     */
    static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean joiner = c == 0x200C || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F);
            if (Character.getType(c) == Character.FORMAT && !joiner || Character.getType(c) == Character.SURROGATE) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Control characters hide text or break layouts; long texts may keep line breaks and tabs. */
    static boolean hasControlCharacters(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(allowLineBreaks && lineBreak))
                    || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
