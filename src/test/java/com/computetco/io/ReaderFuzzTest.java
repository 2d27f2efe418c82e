package com.computetco.io;

import static com.computetco.i18n.ProblemMessages.english;
import com.computetco.rules.FieldPath;
import com.computetco.rules.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computetco.testing.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutation fuzzing of {@link ScenarioReader} and {@link QuoteReader}: every input, however broken, must end in a
 * value or in error messages, never in an exception, a hang or running out of memory (inputs stay within the 5 MB
 * limit). A hang is an input that takes over {@value #LIMIT_MS} ms, measured with nanoTime, twice in a row: a
 * generous bound and no performance test; the second measurement keeps a GC pause or a busy machine from failing it.
 *
 * <p>Deterministic by default; {@code -Dfuzz.seed=N} explores other inputs and {@code -Dfuzz.inputs=N} runs more.
 * A failure names the seed, the input number and the mutations that made it.
 */
@org.junit.jupiter.api.Tag("slow")
class ReaderFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 6_2025L);
    private static final int MUTATED_INPUTS = Integer.getInteger("fuzz.inputs", 10_000);
    private static final long LIMIT_MS = 1000;

    private static final Pattern NUMBER =
            Pattern.compile("(?<=[:\\[,\\s])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?=[,\\]}\\s])");
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\"\\s*:");
    private static final Pattern STRING_VALUE = Pattern.compile(":\\s*\"");
    private static final String[] ODD_NUMBERS = {"NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e400",
        "-1e400", "1e-400", "1E+999999999", "1e-999999999", "-0", "-0.0", "0." + "0".repeat(97) + "1",
        "123456789012345678901234567890", "9".repeat(101), "01", "1.", ".5", "+1", "0x10", "1e", "1e+", "--1",
        "\"1e400\"", "\"NaN\"", "2147483648", "-2147483649", "1.0e0", "1E2"};
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xC3}};
    private static final String DEEP_MARKER = "@@deep@@";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ScenarioReader scenarios = new ScenarioReader(Scenarios.TODAY);
    private final QuoteReader quotes = new QuoteReader(Scenarios.TODAY);

    private record Seed(String name, byte[] bytes, boolean scenario) {
    }

    /** One generated input and how it was made, for the failure message. */
    private record Input(String how, byte[] bytes, boolean scenario) {
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("worked-example.json", Scenarios.workedExampleBytes(), true));
        for (Path file : Scenarios.samples(".scenario.json")) {
            seeds.add(new Seed(file.getFileName().toString(), Scenarios.bytes(file), true));
        }
        for (Path file : Scenarios.samples(".quote.json")) {
            seeds.add(new Seed(file.getFileName().toString(), Scenarios.bytes(file), false));
        }
        JsonArray options = Scenarios.array(Scenarios.workedExampleTree(), "options");
        for (int i = 0; i < options.size(); i++) {
            JsonElement quote = options.get(i).getAsJsonObject().get("quote");
            seeds.add(new Seed("worked-example options[" + i + "].quote", Scenarios.bytes(quote), false));
        }
        return seeds;
    }

    // --- the checks ---

    private int checked;
    private long slowestNanos;
    private long readingNanos;
    private String slowest = "";

    private void check(Input input) {
        assertTrue(input.bytes().length <= JsonSource.MAX_BYTES + 1, () -> "input too large: " + input.how());
        long start = System.nanoTime();
        ReadResult<?> result = read(input);
        long took = System.nanoTime() - start;
        checked++;
        readingNanos += took;
        if (took > slowestNanos) {
            slowestNanos = took;
            slowest = input.how();
        }
        if (took > TimeUnit.MILLISECONDS.toNanos(LIMIT_MS)) {
            // A hang is slow every time; a garbage collection or a busy build machine only once.
            long again = System.nanoTime();
            read(input);
            long retook = System.nanoTime() - again;
            if (retook > TimeUnit.MILLISECONDS.toNanos(LIMIT_MS)) {
                fail("reading took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms and then "
                        + TimeUnit.NANOSECONDS.toMillis(retook) + " ms (a hang?) for input " + input.how());
            }
            System.out.printf("ReaderFuzzTest: %s took %d ms once, %d ms measured again%n", abbreviate(input.how()),
                    TimeUnit.NANOSECONDS.toMillis(took), TimeUnit.NANOSECONDS.toMillis(retook));
        }
        if (result == null || result.isValid() == !result.errors().isEmpty()) {
            fail("neither a value nor errors for input " + input.how() + ": " + result);
        }
        for (Problem problem : result.problems()) {
            if (problem.path().isBlank() || english(problem).isBlank()
                    || english(problem).matches("(?s).*(Exception|com\\.google|java\\.lang|\\bnull\\b:).*")) {
                fail("not a message for users: \"" + problem + "\" for input " + input.how());
            }
        }
    }

    private ReadResult<?> read(Input input) {
        try {
            return input.scenario() ? scenarios.read(input.bytes()) : quotes.read(input.bytes());
        } catch (Throwable e) { // also OutOfMemoryError and StackOverflowError
            throw new AssertionError("reading threw " + e + " for input " + input.how(), e);
        }
    }

    private void report(String test, long startNanos) {
        System.out.printf("ReaderFuzzTest.%s: %d inputs in %d ms (%d ms reading), slowest %d ms (%s), seed %d%n", test, checked,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), TimeUnit.NANOSECONDS.toMillis(readingNanos),
                TimeUnit.NANOSECONDS.toMillis(slowestNanos), slowest.length() > 120 ? slowest.substring(0, 120)
                        : slowest, SEED);
    }

    // --- the fuzz loops ---

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedFilesEndInAValueOrInMessages() {
        long start = System.nanoTime();
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        for (int i = 0; i < MUTATED_INPUTS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            StringBuilder how = new StringBuilder("#" + i + " (seed " + SEED + ") from " + seed.name() + ":");
            byte[] bytes = seed.bytes();
            int mutations = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
            for (int m = 0; m < mutations; m++) {
                bytes = mutate(bytes, random, how, seeds);
            }
            if (bytes.length > JsonSource.MAX_BYTES) {
                how.append(" cut to 5 MB");
                bytes = Arrays.copyOf(bytes, JsonSource.MAX_BYTES);
            }
            check(new Input(how.toString(), bytes, seed.scenario()));
        }
        report("mutatedFilesEndInAValueOrInMessages", start);
        assertEquals(MUTATED_INPUTS, checked);
    }

    /** Each value of each seed in turn replaced by a value of every other type. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void wrongTypeAtEveryPathIsAMessage() {
        long start = System.nanoTime();
        for (Seed seed : seeds()) {
            JsonElement root = Scenarios.parse(seed.bytes());
            for (Slot slot : slots(root)) {
                JsonElement original = slot.get();
                for (Supplier<JsonElement> other : otherTypes()) {
                    JsonElement replacement = other.get();
                    if (sameType(original, replacement)) {
                        continue;
                    }
                    slot.set(replacement);
                    check(new Input(seed.name() + ": " + slot + " := " + abbreviate(replacement.toString()),
                            Scenarios.bytes(root), seed.scenario()));
                    slot.set(original);
                }
            }
        }
        report("wrongTypeAtEveryPathIsAMessage", start);
        assertTrue(checked > 1000, "paths covered: " + checked);
    }

    /** The inputs that stress size, depth and encoding, each once. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void extremeInputsEndInAValueOrInMessages() {
        long start = System.nanoTime();
        byte[] example = Scenarios.workedExampleBytes();
        String text = new String(example, StandardCharsets.UTF_8);
        List<Input> inputs = new ArrayList<>();

        inputs.add(scenario("200,000 options", withValue(text, "options", "[" + repeat("{}", 200_000, ",") + "]")));
        inputs.add(scenario("4,000 copies of an option", withValue(text, "options",
                "[" + repeat(Scenarios.array(Scenarios.workedExampleTree(), "options").get(0).toString(), 4_000, ",")
                        + "]")));
        String numbers = "[" + repeat("1", 2_000_000, ",") + "]"; // 4 MB
        inputs.add(scenario("4 MB array of numbers as options", withValue(text, "options", numbers)));
        inputs.add(scenario("4 MB array of numbers as exchangeRates", withValue(text, "exchangeRates", numbers)));
        inputs.add(scenario("4 MB array of numbers in an unknown field", withValue(text, "extra", numbers)));
        inputs.add(scenario("4 MB array of numbers as the whole file", numbers.getBytes(StandardCharsets.UTF_8)));
        inputs.add(quote("4 MB array of numbers as the quote", numbers.getBytes(StandardCharsets.UTF_8)));
        inputs.add(scenario("300,000 exchange rates", withValue(text, "exchangeRates",
                "{" + numbered("\"C", "\":1", 300_000) + "}")));
        inputs.add(scenario("300,000 unknown fields", withValue(text, "electricity",
                "{" + numbered("\"f", "\":1", 300_000) + "}")));
        inputs.add(scenario("400,000 duplicate keys", withValue(text, "electricity",
                "{" + repeat("\"pue\":1", 400_000, ",") + "}")));
        inputs.add(quote("400,000 duplicate keys", ("{" + repeat("\"kind\":1", 400_000, ",") + "}").getBytes()));
        inputs.add(scenario("a 4 MB string", withValue(text, "name", "\"" + "x".repeat(4_000_000) + "\"")));
        inputs.add(scenario("a 4 MB key", withValue(text, "x".repeat(4_000_000), "1")));
        inputs.add(scenario("a string of 1,000,000 escapes",
                withValue(text, "name", "\"" + "\\u0000".repeat(700_000) + "\"")));
        inputs.add(scenario("a string of 2,000,000 surrogate halves",
                withValue(text, "name", "\"" + "\\ud800".repeat(600_000) + "\"")));
        for (int depth : new int[] {63, 64, 65, 1000, 10_000, 100_000}) {
            inputs.add(scenario("arrays " + depth + " deep", ("[".repeat(depth) + "]".repeat(depth)).getBytes()));
            inputs.add(scenario("objects " + depth + " deep",
                    ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes()));
            inputs.add(scenario("unclosed arrays " + depth + " deep", "[".repeat(depth).getBytes()));
            inputs.add(scenario("options[0].quote " + depth + " deep",
                    withValue(text, "options", "[{\"quote\":" + "[".repeat(depth) + "]".repeat(depth) + "}]")));
            inputs.add(quote("quote " + depth + " deep", ("{\"unitPrice\":" + "{\"a\":".repeat(depth) + "1"
                    + "}".repeat(depth) + "}").getBytes()));
        }
        for (String number : ODD_NUMBERS) {
            inputs.add(scenario("demandPflops " + number, withValue(text, "demandPflops", number)));
            inputs.add(scenario("schemaVersion " + number, withValue(text, "schemaVersion", number)));
            inputs.add(scenario("horizonMonths " + number, withValue(text, "horizonMonths", number)));
        }
        inputs.add(scenario("duplicate key", text.replace("\"currency\":", "\"currency\": \"USD\", \"currency\":")
                .getBytes(StandardCharsets.UTF_8)));
        inputs.add(scenario("UTF-8 with a BOM", concat(BOM, example)));
        inputs.add(scenario("UTF-8 with two BOMs", concat(BOM, BOM, example)));
        inputs.add(scenario("only a BOM", BOM));
        for (int i = 0; i < INVALID_UTF8.length; i++) {
            inputs.add(scenario("invalid UTF-8 #" + i + " in a string", insert(example, text.indexOf("\"name\"") + 10,
                    INVALID_UTF8[i])));
            inputs.add(scenario("invalid UTF-8 #" + i + " at the start", concat(INVALID_UTF8[i], example)));
            inputs.add(scenario("invalid UTF-8 #" + i + " at the end", concat(example, INVALID_UTF8[i])));
        }
        for (int c = 0; c < 0x20; c++) {
            inputs.add(scenario("raw control character " + c + " in a string",
                    insert(example, text.indexOf("\"name\"") + 10, new byte[] {(byte) c})));
            inputs.add(scenario("escaped control character " + c + " in ids", text.replace("\"id\": \"",
                    String.format("\"id\": \"\\u%04x", c)).getBytes(StandardCharsets.UTF_8)));
        }
        int before = inputs.size();
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            inputs.add(scenario(utf16 + " with a BOM", ("\uFEFF" + text).getBytes(utf16)));
            inputs.add(scenario(utf16 + " without a BOM", text.getBytes(utf16)));
            inputs.add(quote(utf16 + " quote", Scenarios.object(Scenarios.workedExampleTree(), "options[0].quote").toString()
                    .getBytes(utf16)));
        }
        inputs.add(scenario("UTF-32BE with a BOM", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32BE"))));
        inputs.add(scenario("UTF-32LE without a BOM", text.getBytes(Charset.forName("UTF-32LE"))));
        List<Input> otherEncodings = List.copyOf(inputs.subList(before, inputs.size()));
        inputs.add(scenario("empty", new byte[0]));
        inputs.add(scenario("5 MB of spaces", " ".repeat(JsonSource.MAX_BYTES).getBytes()));
        inputs.add(scenario("one byte over 5 MB", " ".repeat(JsonSource.MAX_BYTES + 1).getBytes()));
        inputs.add(scenario("NUL bytes", new byte[1000]));

        for (Input input : inputs) {
            check(input);
        }
        for (Input input : otherEncodings) {
            ReadResult<?> result = input.scenario() ? scenarios.read(input.bytes()) : quotes.read(input.bytes());
            assertEquals(1, result.problems().size(), input.how());
            String message = english(result.problems().get(0));
            assertTrue(message.matches("the file is UTF-(16|32) text, not UTF-8; save it with UTF-8 encoding"),
                    input.how() + ": " + message);
        }
        assertTrue(scenarios.read(concat(BOM, example)).isValid(), "a UTF-8 BOM is allowed");
        report("extremeInputsEndInAValueOrInMessages", start);
    }

    private static Input scenario(String how, byte[] bytes) {
        return new Input(how, bytes, true);
    }

    private static Input quote(String how, byte[] bytes) {
        return new Input(how, bytes, false);
    }

    /** The worked example's text with the first value of {@code key} replaced, or the key added first. */
    private static byte[] withValue(String text, String key, String json) {
        String marker = "\"" + key + "\":";
        int at = text.indexOf(marker);
        if (at < 0) {
            return ("{" + marker + json + "," + text.substring(text.indexOf('{') + 1)).getBytes(StandardCharsets.UTF_8);
        }
        // The original is renamed to an unknown field, so the new value is the only one at the key.
        String renamed = text.substring(0, at) + "\"" + key + "Original\":" + text.substring(at + marker.length());
        return ("{" + marker + json + "," + renamed.substring(renamed.indexOf('{') + 1)).getBytes(StandardCharsets.UTF_8);
    }

    // --- mutations ---

    private byte[] mutate(byte[] bytes, Random random, StringBuilder how, List<Seed> seeds) {
        switch (random.nextInt(14)) {
            case 0: {
                int length = random.nextInt(bytes.length + 1);
                how.append(" truncated to ").append(length);
                return Arrays.copyOf(bytes, length);
            }
            case 1:
                return treeMutation(bytes, random, how, slot -> wrongType(slot, random));
            case 2:
                return treeMutation(bytes, random, how, slot -> {
                    slot.remove();
                    return "removed " + slot;
                });
            case 3: {
                byte[] copy = bytes.clone();
                int n = 1 + random.nextInt(8);
                how.append(" ").append(n).append(" bytes changed");
                for (int i = 0; i < n && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 4: {
                int from = random.nextInt(bytes.length + 1);
                int to = Math.min(bytes.length, from + random.nextInt(200));
                how.append(" span ").append(from).append("..").append(to);
                if (random.nextBoolean()) {
                    how.append(" deleted");
                    return concat(Arrays.copyOf(bytes, from), Arrays.copyOfRange(bytes, to, bytes.length));
                }
                how.append(" repeated");
                return insert(bytes, to, Arrays.copyOfRange(bytes, from, to));
            }
            case 5:
                return textMutation(bytes, NUMBER, random, how, m -> {
                    String odd = ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
                    how.append(" number ").append(m.group()).append(" -> ").append(odd);
                    return odd;
                });
            case 6:
                return textMutation(bytes, KEY, random, how, m -> {
                    String value = abbreviate(otherTypes().get(random.nextInt(otherTypes().size())).get().toString());
                    how.append(" duplicate key ").append(m.group(1)).append(" = ").append(value);
                    return m.group() + " " + value + ", " + m.group();
                });
            case 7:
                return textMutation(bytes, STRING_VALUE, random, how, m -> {
                    int c = random.nextInt(3) == 0 ? 0x7F + random.nextInt(0x21) : random.nextInt(0x20);
                    boolean raw = random.nextBoolean();
                    how.append(raw ? " raw" : " escaped").append(" control character ").append(c);
                    return m.group() + (raw ? String.valueOf((char) c) : String.format("\\u%04x", c));
                });
            case 8:
                return encoding(bytes, random, how);
            case 9: {
                int depth = 1 + random.nextInt(random.nextBoolean() ? 100 : 10_000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                int at = random.nextInt(bytes.length + 1);
                how.append(" ").append(depth).append(" x ").append(open).append(" at ").append(at);
                return insert(bytes, at, open.repeat(depth).getBytes(StandardCharsets.UTF_8));
            }
            case 10: {
                // Spliced in as text: a tree this deep would overflow the stack of Gson's own writer.
                int depth = 1 + random.nextInt(random.nextBoolean() ? 70 : 10_000);
                byte[] marked = treeMutation(bytes, random, how, slot -> {
                    slot.set(new JsonPrimitive(DEEP_MARKER));
                    return slot + " := nested " + depth + " deep";
                });
                return new String(marked, StandardCharsets.UTF_8).replace('"' + DEEP_MARKER + '"',
                        "[".repeat(depth) + "1" + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 11:
                return treeMutation(bytes, random, how, slot -> {
                    // Up to past the limit of values in a file; the 4 MB ones are in extremeInputs.
                    int size = random.nextInt(20) == 0 ? random.nextInt(120_000) : random.nextInt(100);
                    JsonArray array = new JsonArray();
                    JsonElement element = random.nextBoolean() || size > 1000 ? new JsonPrimitive(BigDecimal.ONE)
                            : slot.get().deepCopy();
                    for (int n = 0; n < size; n++) {
                        array.add(element);
                    }
                    slot.set(array);
                    return slot + " := array of " + size;
                });
            case 12:
                return treeMutation(bytes, random, how, slot -> {
                    String text = randomText(random);
                    slot.set(new JsonPrimitive(text));
                    return slot + " := string of " + text.length() + " odd characters";
                });
            default: {
                Seed other = seeds.get(random.nextInt(seeds.size()));
                int cut = random.nextInt(bytes.length + 1);
                int otherCut = random.nextInt(other.bytes().length + 1);
                how.append(" spliced at ").append(cut).append(" with ").append(other.name()).append(" from ")
                        .append(otherCut);
                return concat(Arrays.copyOf(bytes, cut),
                        Arrays.copyOfRange(other.bytes(), otherCut, other.bytes().length));
            }
        }
    }

    private byte[] encoding(byte[] bytes, Random random, StringBuilder how) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
            case 0:
                how.append(" BOM added");
                return concat(BOM, bytes);
            case 1: {
                byte[] invalid = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                int at = random.nextInt(bytes.length + 1);
                how.append(" invalid UTF-8 ").append(Arrays.toString(invalid)).append(" at ").append(at);
                return insert(bytes, at, invalid);
            }
            case 2:
                how.append(" as UTF-16LE with BOM");
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            case 3:
                how.append(" as UTF-16BE with BOM");
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            case 4:
                how.append(" as UTF-16 without BOM");
                return text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            default:
                how.append(" as ISO-8859-1");
                return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(random.nextInt(10) == 0 ? 100_000 : 40);
        String[] pieces = {"\u0000", "\u202E", "\uD83D\uDE00", "\uD800", "\uDFFF", "\uFFFF", "\uFEFF", "\"", "\\",
            "\n", "\t", "1e400", "NaN", "CNY", " ", "训练", "\u00A0", "-"};
        while (sb.length() < length) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    private static String wrongType(Slot slot, Random random) {
        List<Supplier<JsonElement>> types = otherTypes();
        JsonElement replacement = types.get(random.nextInt(types.size())).get();
        while (sameType(slot.get(), replacement)) {
            replacement = types.get(random.nextInt(types.size())).get();
        }
        slot.set(replacement);
        return slot + " := " + abbreviate(replacement.toString());
    }

    private static List<Supplier<JsonElement>> otherTypes() {
        return List.of(
                () -> new JsonPrimitive("x"),
                () -> new JsonPrimitive(""),
                () -> new JsonPrimitive("12"),
                () -> new JsonPrimitive(BigDecimal.ZERO),
                () -> new JsonPrimitive(new BigDecimal("-1")),
                () -> new JsonPrimitive(new BigDecimal("1e400")),
                () -> new JsonPrimitive(new BigDecimal("0.5")),
                () -> new JsonPrimitive(true),
                () -> JsonNull.INSTANCE,
                JsonObject::new,
                JsonArray::new,
                () -> Scenarios.parse("[1, \"a\", null, {}]"),
                () -> Scenarios.parse("{\"a\": 1, \"amount\": 5, \"currency\": \"CNY\"}"));
    }

    private static boolean sameType(JsonElement a, JsonElement b) {
        if (a.isJsonPrimitive() && b.isJsonPrimitive()) {
            JsonPrimitive p = a.getAsJsonPrimitive();
            JsonPrimitive q = b.getAsJsonPrimitive();
            return p.isString() == q.isString() && p.isNumber() == q.isNumber() && p.isBoolean() == q.isBoolean();
        }
        return a.isJsonNull() == b.isJsonNull() && a.isJsonObject() == b.isJsonObject()
                && a.isJsonArray() == b.isJsonArray() && !a.isJsonPrimitive() && !b.isJsonPrimitive();
    }

    private static byte[] treeMutation(byte[] bytes, Random random, StringBuilder how, Function<Slot, String> change) {
        ReadResult<JsonElement> parsed = JsonSource.parse(bytes);
        if (!parsed.isValid()) {
            how.append(" (no tree to change)");
            return bytes;
        }
        JsonElement root = parsed.value();
        List<Slot> slots = slots(root);
        if (slots.isEmpty()) {
            how.append(" (no value to change)");
            return bytes;
        }
        how.append(' ').append(change.apply(slots.get(random.nextInt(slots.size()))));
        String json = root.toString();
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] textMutation(byte[] bytes, Pattern pattern, Random random, StringBuilder how,
            Function<Matcher, String> replacement) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            matches.add(new int[] {m.start(), m.end()});
        }
        if (matches.isEmpty()) {
            how.append(" (nothing matches ").append(pattern).append(")");
            return bytes;
        }
        int[] chosen = matches.get(random.nextInt(matches.size()));
        m = pattern.matcher(text);
        m.find(chosen[0]);
        String replaced = text.substring(0, chosen[0]) + replacement.apply(m) + text.substring(chosen[1]);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    /** A place that holds a value: an object member or an array element. */
    private record Slot(JsonElement container, String key, int index, String path) {
        JsonElement get() {
            return key != null ? container.getAsJsonObject().get(key) : container.getAsJsonArray().get(index);
        }

        void set(JsonElement value) {
            if (key != null) {
                container.getAsJsonObject().add(key, value);
            } else {
                container.getAsJsonArray().set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                container.getAsJsonObject().remove(key);
            } else {
                container.getAsJsonArray().remove(index);
            }
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** Every value below the root, in document order. */
    private static List<Slot> slots(JsonElement root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, Problem.ROOT, slots);
        return slots;
    }

    private static void collect(JsonElement at, String path, List<Slot> slots) {
        if (at.isJsonObject()) {
            for (String key : at.getAsJsonObject().keySet()) {
                String child = FieldPath.child(path, key);
                slots.add(new Slot(at, key, -1, child));
                collect(at.getAsJsonObject().get(key), child, slots);
            }
        } else if (at.isJsonArray()) {
            JsonArray array = at.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String child = FieldPath.index(path, i);
                slots.add(new Slot(at, null, i, child));
                collect(array.get(i), child, slots);
            }
        }
    }

    // --- bytes ---

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        return concat(Arrays.copyOf(bytes, at), inserted, Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static String repeat(String item, int times, String separator) {
        StringBuilder sb = new StringBuilder(item.length() * times + separator.length() * times);
        for (int i = 0; i < times; i++) {
            sb.append(i == 0 ? "" : separator).append(item);
        }
        return sb.toString();
    }

    /** {@code "prefix0suffix,prefix1suffix,..."}. */
    private static String numbered(String prefix, String suffix, int times) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < times; i++) {
            sb.append(i == 0 ? "" : ",").append(prefix).append(i).append(suffix);
        }
        return sb.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...(" + text.length() + " chars)";
    }
}
