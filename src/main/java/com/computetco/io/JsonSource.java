package com.computetco.io;

import com.computetco.rules.FieldPath;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns untrusted bytes into a Gson tree without ever throwing: size, encoding, depth, duplicate keys and
 * syntax failures all become {@link Problem}s at path {@code $} (or at the duplicated key).
 *
 * <p>The tree is built here rather than by Gson's own parser because Gson silently keeps the last of
 * duplicate keys and would turn numbers into doubles; here every number keeps its literal as a
 * {@link BigDecimal}, so a file saved again reads back unchanged.
 */
public final class JsonSource {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    /**
     * Values of any kind (numbers, strings, objects, ...) in one file. The largest scenario, 50 options, has a
     * few thousand; a tree of millions takes seconds and hundreds of megabytes to build for nothing.
     */
    public static final int MAX_VALUES = 100_000;
    /** No legitimate amount needs more; a cap keeps BigDecimal parsing cheap on hostile input. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final Pattern GSON_LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private JsonSource() {
    }

    /** Reads a file of at most {@link #MAX_BYTES} and parses it; IO failures become a problem at {@code $}. */
    public static ReadResult<JsonElement> load(Path file) {
        try {
            return parse(readAtMost(file, MAX_BYTES + 1L));
        } catch (IOException | RuntimeException e) {
            return ReadResult.failure(Problem.error(Problem.ROOT, ProblemCode.CANNOT_READ,
                    FileErrors.reason(e, file)));
        }
    }

    public static ReadResult<JsonElement> parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return fail(ProblemCode.FILE_EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            return fail(ProblemCode.FILE_TOO_LARGE);
        }
        String otherEncoding = otherUnicodeEncoding(bytes);
        if (otherEncoding != null) {
            return fail(ProblemCode.ENCODING, otherEncoding);
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (NotUtf8 e) {
            return fail(e.getMessage());
        }
        if (text.isBlank()) {
            return fail(ProblemCode.FILE_EMPTY);
        }
        if (text.charAt(0) == '\uFEFF') {
            // One byte order mark is tolerated (Windows editors add it); a second is a file damaged by conversion.
            return fail(ProblemCode.TWO_BYTE_ORDER_MARKS);
        }
        try {
            return new TreeBuilder(text).build();
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: the builder should turn every failure into a problem already.
            return fail("malformed JSON: " + describe(e));
        }
    }

    private static ReadResult<JsonElement> fail(String syntax) {
        return fail(ProblemCode.JSON_SYNTAX, syntax);
    }

    private static ReadResult<JsonElement> fail(ProblemCode code, Object... args) {
        return ReadResult.failure(Problem.error(Problem.ROOT, code, args));
    }

    private static byte[] readAtMost(Path file, long limit) throws IOException {
        // Not Files.readAllBytes: a huge or endless file (a device, a pipe) must not be loaded whole.
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) limit);
        }
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String decodeUtf8(byte[] bytes) throws NotUtf8 {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NotUtf8("the file must be UTF-8 text: invalid byte at offset " + in.position()
                    + "; save it with UTF-8 encoding");
        }
        out.flip();
        return out.toString();
    }

    /**
     * "UTF-16" or "UTF-32" when the bytes are JSON in one of those (by its byte order mark, or by the zero bytes
     * that ASCII characters have there, as RFC 4627 section 3 detects them); null otherwise. Such files are
     * refused rather than decoded: the format is UTF-8, and a file in another encoding is a file from elsewhere.
     */
    private static String otherUnicodeEncoding(byte[] bytes) {
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
        int b3 = bytes.length > 3 ? bytes[3] & 0xFF : -1;
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
            return "UTF-32";
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            return "UTF-16";
        }
        if (bytes.length >= 4) {
            if ((b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) || (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0)) {
                return "UTF-32";
            }
            if ((b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0) || (b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0)) {
                return "UTF-16";
            }
            return null;
        }
        return bytes.length >= 2 && (b0 == 0) != (b1 == 0) ? "UTF-16" : null;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message, null, false, false);
        }
    }

    /** A failure that ends parsing; duplicate keys are collected instead and do not stop it. */
    private static final class Fatal extends Exception {
        private static final long serialVersionUID = 1L;

        Fatal(String message) {
            super(message, null, false, false);
        }
    }

    private static final class TreeBuilder {
        private final JsonReader reader;
        private final List<Problem> duplicates = new ArrayList<>();
        private int unlistedDuplicates;
        private int values;

        TreeBuilder(String text) {
            reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
        }

        ReadResult<JsonElement> build() {
            JsonElement root;
            try {
                root = readValue(null, 1);
            } catch (Fatal e) {
                return fail(e.getMessage());
            } catch (IOException | RuntimeException e) {
                return fail(syntaxMessage(e));
            }
            try {
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    return fail("unexpected content after the end of the JSON value" + location());
                }
            } catch (IOException | RuntimeException e) {
                return fail("unexpected content after the end of the JSON value" + locationIn(e.getMessage()));
            }
            if (unlistedDuplicates > 0) {
                duplicates.add(Problem.error(Problem.ROOT, ProblemCode.MORE_DUPLICATE_KEYS, String.valueOf(unlistedDuplicates)));
            }
            if (!duplicates.isEmpty()) {
                return ReadResult.failure(duplicates);
            }
            return new ReadResult<>(root, List.of());
        }

        /** @param where where the value is, built into a path only if a problem needs it */
        private JsonElement readValue(Where where, int depth) throws IOException, Fatal {
            if (++values > MAX_VALUES) {
                throw new Fatal("the file holds more than " + MAX_VALUES + " values; a scenario or quote file has a "
                        + "few thousand at most" + location());
            }
            JsonToken token = reader.peek();
            switch (token) {
                case BEGIN_OBJECT:
                    checkDepth(depth);
                    return readObject(where, depth);
                case BEGIN_ARRAY:
                    checkDepth(depth);
                    return readArray(where, depth);
                case STRING:
                    return new JsonPrimitive(reader.nextString());
                case NUMBER:
                    return readNumber();
                case BOOLEAN:
                    return new JsonPrimitive(reader.nextBoolean());
                case NULL:
                    reader.nextNull();
                    return JsonNull.INSTANCE;
                default:
                    throw new Fatal("malformed JSON" + location() + ": unexpected " + token);
            }
        }

        private void checkDepth(int depth) throws Fatal {
            if (depth > MAX_DEPTH) {
                throw new Fatal("the JSON is nested too deeply (more than " + MAX_DEPTH + " levels)" + location());
            }
        }

        private JsonObject readObject(Where where, int depth) throws IOException, Fatal {
            JsonObject object = new JsonObject();
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                Where child = new Where(where, name, -1);
                JsonElement value = readValue(child, depth + 1);
                if (object.has(name)) {
                    duplicate(child.path(), name);
                } else {
                    object.add(name, value);
                }
            }
            reader.endObject();
            return object;
        }

        /** Listed up to {@link ProblemLog#MAX_LISTED}, then counted, like the validators' problems. */
        private void duplicate(String path, String name) {
            if (duplicates.size() < ProblemLog.MAX_LISTED) {
                duplicates.add(Problem.error(path, ProblemCode.DUPLICATE_KEY, FieldPath.quote(name)));
            } else {
                unlistedDuplicates++;
            }
        }

        private JsonArray readArray(Where where, int depth) throws IOException, Fatal {
            JsonArray array = new JsonArray();
            reader.beginArray();
            while (reader.hasNext()) {
                array.add(readValue(new Where(where, null, array.size()), depth + 1));
            }
            reader.endArray();
            return array;
        }

        private JsonPrimitive readNumber() throws IOException, Fatal {
            // The location is not taken before every number: describing the reader's position costs more than
            // reading the number, and a 4 MB array of numbers would take seconds.
            String literal = reader.nextString();
            if (literal.length() > MAX_NUMBER_LENGTH) {
                throw new Fatal("a number has more than " + MAX_NUMBER_LENGTH + " characters" + startOf(literal));
            }
            try {
                return new JsonPrimitive(new BigDecimal(literal));
            } catch (NumberFormatException e) {
                throw new Fatal("the number " + literal + " is out of range" + startOf(literal));
            }
        }

        /** " at line L, column C" of the start of a literal just read: a number never spans lines. */
        private String startOf(String literal) {
            Matcher m = GSON_LOCATION.matcher(reader.toString());
            if (!m.find()) {
                return "";
            }
            long column = Math.max(1, Long.parseLong(m.group(2)) - literal.length());
            return " at line " + m.group(1) + ", column " + column;
        }

        /** " at line L, column C" of the reader's current position, taken from its description. */
        private String location() {
            return locationIn(reader.toString());
        }
    }

    /** A place in the tree, as a chain to the root; its path text is built only when a problem names it. */
    private record Where(Where parent, String key, int index) {
        String path() {
            String parentPath = parent == null ? Problem.ROOT : parent.path();
            return key != null ? FieldPath.child(parentPath, key) : FieldPath.index(parentPath, index);
        }
    }

    private static String locationIn(String gsonText) {
        if (gsonText == null) {
            return "";
        }
        Matcher m = GSON_LOCATION.matcher(gsonText);
        return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
    }

    /** Gson's messages name its own API and link its troubleshooting page; users get plain words instead. */
    private static String syntaxMessage(Exception e) {
        String raw = e.getMessage() == null ? "" : e.getMessage();
        String where = locationIn(raw);
        int cut = raw.indexOf(" at line ");
        String head = cut >= 0 ? raw.substring(0, cut) : raw.lines().findFirst().orElse("");
        return "malformed JSON" + where + ": " + explain(e, head);
    }

    private static String explain(Exception e, String head) {
        if (e instanceof EOFException || head.startsWith("End of input")) {
            return "the file ends before the JSON is complete";
        }
        if (head.startsWith("Expected name")) {
            return "expected a field name in double quotes (is there a comma too many?)";
        }
        if (head.startsWith("Expected ':'")) {
            return "expected ':' after the field name";
        }
        if (head.startsWith("Unterminated object")) {
            return "expected ',' or '}' (is a comma missing?)";
        }
        if (head.startsWith("Unterminated array")) {
            return "expected ',' or ']' (is a comma missing?)";
        }
        if (head.startsWith("Unterminated string")) {
            return "a string is not closed with a double quote";
        }
        if (head.startsWith("Invalid escape") || head.startsWith("Cannot escape")
                || head.startsWith("Unterminated escape") || head.startsWith("Malformed Unicode escape")) {
            return "invalid escape sequence (a backslash) in a string";
        }
        if (head.startsWith("Unescaped control characters")) {
            return "a string contains a raw control character such as a tab or line break; write it as \\t or \\n";
        }
        if (head.startsWith("Expected value") || head.startsWith("Unexpected value")) {
            return "expected a value: a string, number, true, false, null, object or array";
        }
        if (head.startsWith("Use JsonReader.setStrictness")) {
            return "unexpected text; JSON allows only double-quoted strings and names, numbers, true, false, null, "
                    + "objects and arrays (no comments, trailing commas, single quotes, NaN or Infinity)";
        }
        if (head.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return Character.toLowerCase(head.charAt(0)) + head.substring(1);
    }
}
