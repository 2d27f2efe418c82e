package com.computetco.io;

import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

    @Test
    void problemPrintsAsPathColonMessage() {
        assertEquals(List.of("options[1].quote.unitPrice.currency: no exchange rate for \"EUR\""),
                ProblemAssertions.lines(List.of(Problem.error("options[1].quote.unitPrice.currency",
                        ProblemCode.NO_RATE, "\"EUR\""))));
    }

    @Test
    void anErrorDropsTheValue() {
        ReadResult<String> result = new ReadResult<>("value", List.of(Problem.error("$", ProblemCode.FILE_EMPTY)));
        assertNull(result.value());
        assertFalse(result.isValid());
    }

    @Test
    void warningsKeepTheValue() {
        ReadResult<String> result = new ReadResult<>("value", List.of(Problem.warning("a", ProblemCode.UNKNOWN_FIELD)));
        assertEquals("value", result.value());
        assertTrue(result.isValid());
    }

    @Test
    void errorsAndWarningsAreSeparated() {
        Problem error = Problem.error("a", ProblemCode.REQUIRED);
        Problem warning = Problem.warning("b", ProblemCode.EXPIRED, "2024-06-30");
        ReadResult<String> result = new ReadResult<>(null, List.of(warning, error));
        assertEquals(List.of(error), result.errors());
        assertEquals(List.of(warning), result.warnings());
    }
}
