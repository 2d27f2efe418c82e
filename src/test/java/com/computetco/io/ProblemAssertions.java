package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The result is refused with exactly one error, at {@code path}, whose message contains {@code fragment}. */
    static Problem assertOnlyError(ReadResult<?> result, String path, String fragment) {
        assertNull(result.value(), "no value expected with an error");
        List<Problem> errors = result.errors();
        assertEquals(1, errors.size(), () -> "expected exactly one error, got " + errors);
        Problem error = errors.get(0);
        assertEquals(path, error.path(), () -> "path of " + error);
        assertTrue(error.message().contains(fragment), () -> "expected \"" + fragment + "\" in: " + error);
        return error;
    }

    static Problem assertHasError(ReadResult<?> result, String path, String fragment) {
        assertFalse(result.isValid(), "expected the file to be refused");
        return result.errors().stream()
                .filter(p -> p.path().equals(path) && p.message().contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("no error at " + path + " containing \"" + fragment + "\" in " + result.errors()));
    }

    static Problem assertHasWarning(ReadResult<?> result, String path, String fragment) {
        return result.warnings().stream()
                .filter(p -> p.path().equals(path) && p.message().contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("no warning at " + path + " containing \"" + fragment + "\" in "
                        + result.problems()));
    }

    static void assertValidWithoutProblems(ReadResult<?> result) {
        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
    }
}
