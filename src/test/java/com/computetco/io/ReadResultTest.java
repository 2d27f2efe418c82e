package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

    @Test
    void problemPrintsAsPathColonMessage() {
        assertEquals("options[1].quote.unitPrice.currency: no exchange rate for \"EUR\"",
                Problem.error("options[1].quote.unitPrice.currency", "no exchange rate for \"EUR\"").toString());
    }

    @Test
    void anErrorDropsTheValue() {
        ReadResult<String> result = new ReadResult<>("value", List.of(Problem.error("$", "broken")));
        assertNull(result.value());
        assertFalse(result.isValid());
    }

    @Test
    void warningsKeepTheValue() {
        ReadResult<String> result = new ReadResult<>("value", List.of(Problem.warning("a", "unknown field, ignored")));
        assertEquals("value", result.value());
        assertTrue(result.isValid());
    }

    @Test
    void errorsAndWarningsAreSeparated() {
        Problem error = Problem.error("a", "x");
        Problem warning = Problem.warning("b", "y");
        ReadResult<String> result = new ReadResult<>(null, List.of(warning, error));
        assertEquals(List.of(error), result.errors());
        assertEquals(List.of(warning), result.warnings());
    }
}
