package com.computetco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field of the assumption form and the comparison sheet has a label, a unit and a tooltip in both languages. */
class FieldTextsTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    /** Labels that stay the same word in Chinese (an acronym) need not contain a Chinese character. */
    private static final Set<String> ACRONYMS = Set.of("PUE", "IRR", "TCO", "FTE");

    /** The bundle key of every field the window shows: scenario paths, and option paths under "options.". */
    static List<String> fieldKeys() {
        List<String> keys = new ArrayList<>();
        FieldSpecs.SCENARIO.stream().map(FieldSpec::path).forEach(keys::add);
        FieldSpecs.OPTION.stream().map(spec -> "options." + spec.path()).forEach(keys::add);
        return keys;
    }

    static Stream<String> groupKeys() {
        return Stream.concat(FieldSpecs.SCENARIO_GROUPS.stream(), FieldSpecs.OPTION_GROUPS.stream());
    }

    static Stream<String> choiceKeys() {
        return Stream.concat(FieldSpecs.SCENARIO.stream(), FieldSpecs.OPTION.stream())
                .flatMap(spec -> spec.choices().stream()).distinct();
    }

    @Test
    void theWindowShowsSeventyEightFields() {
        assertEquals(78, fieldKeys().size());
        assertEquals(78, new TreeSet<>(fieldKeys()).size(), "keys are unique");
    }

    @ParameterizedTest
    @MethodSource("fieldKeys")
    void everyFieldHasALabelAUnitAndATipInBothLanguages(String key) {
        for (Messages messages : List.of(ENGLISH, CHINESE)) {
            for (String part : List.of("label", "unit", "tip")) {
                assertTrue(messages.has("field." + key + "." + part), messages.locale() + ": field." + key + "." + part);
            }
            assertFalse(messages.get("field." + key + ".label").isBlank(), messages.locale() + " label of " + key);
            assertFalse(messages.get("field." + key + ".tip").isBlank(), messages.locale() + " tip of " + key);
        }
    }

    @ParameterizedTest
    @MethodSource("fieldKeys")
    void chineseLabelsAreTranslated(String key) {
        String english = ENGLISH.get("field." + key + ".label");
        String chinese = CHINESE.get("field." + key + ".label");

        assertNotEquals(english, chinese, key);
        assertTrue(ACRONYMS.contains(chinese.strip()) || containsCjk(chinese), key + ": " + chinese);
    }

    @ParameterizedTest
    @MethodSource("fieldKeys")
    void chineseTipsAreTranslated(String key) {
        String chinese = CHINESE.get("field." + key + ".tip");

        assertNotEquals(ENGLISH.get("field." + key + ".tip"), chinese, key);
        assertTrue(containsCjk(chinese), key + ": " + chinese);
    }

    @ParameterizedTest
    @MethodSource("fieldKeys")
    void tipsAreOneToThreeSentences(String key) {
        String english = ENGLISH.get("field." + key + ".tip").strip();
        String chinese = CHINESE.get("field." + key + ".tip").strip();

        assertTrue(english.endsWith("."), key + " tip ends a sentence");
        assertTrue(english.split("(?<=[.!?])\\s+").length <= 3, key + ": " + english);
        assertTrue(chinese.endsWith("。"), key + " Chinese tip ends a sentence");
        assertTrue(chinese.split("。").length <= 3, key + ": " + chinese);
    }

    @ParameterizedTest
    @MethodSource("groupKeys")
    void everyGroupHasATitleInBothLanguages(String group) {
        String english = ENGLISH.get("group." + group);
        String chinese = CHINESE.get("group." + group);

        assertFalse(english.isBlank(), group);
        assertNotEquals(english, chinese, group);
        assertTrue(containsCjk(chinese), group + ": " + chinese);
    }

    @ParameterizedTest
    @MethodSource("choiceKeys")
    void everyChoiceHasADisplayNameInBothLanguages(String choice) {
        String english = ENGLISH.get("field.choice." + choice);
        String chinese = CHINESE.get("field.choice." + choice);

        assertFalse(english.isBlank(), choice);
        assertTrue(containsCjk(chinese), choice + ": " + chinese);
    }

    @Test
    void theGroupTitlesNamedInTheDesignAreUsed() {
        assertEquals("Staff and data centre", ENGLISH.get("group.staff"));
        assertEquals("Uncertainty ranges (Monte Carlo)", ENGLISH.get("group.uncertainty"));
    }

    @Test
    void unitsNameNoCurrencyBecauseTheBaseCurrencyVaries() {
        for (String key : fieldKeys()) {
            for (Messages messages : List.of(ENGLISH, CHINESE)) {
                String unit = messages.get("field." + key + ".unit");
                assertFalse(unit.matches(".*(CNY|USD|RMB|元|\\$|¥).*"), messages.locale() + " unit of " + key + ": " + unit);
            }
        }
    }

    @Test
    void bothFilesHoldTheSameKeysAndNoneForUnknownFields() throws IOException {
        Properties english = load("fields.properties");
        Properties chinese = load("fields_zh_CN.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        Set<String> known = new TreeSet<>();
        for (String key : fieldKeys()) {
            for (String part : List.of("label", "unit", "tip")) {
                known.add("field." + key + "." + part);
            }
        }
        groupKeys().forEach(group -> known.add("group." + group));
        choiceKeys().forEach(choice -> known.add("field.choice." + choice));
        Set<String> unknown = new TreeSet<>(english.stringPropertyNames());
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, "keys for no field (a typo?)");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FieldTextsTest.class.getResourceAsStream("/com/computetco/i18n/" + name)) {
            assertNotNull(in, name);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static boolean containsCjk(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
