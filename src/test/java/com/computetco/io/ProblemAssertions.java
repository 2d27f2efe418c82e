package com.computetco.io;

import static com.computetco.i18n.ProblemMessages.english;
import com.computetco.rules.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The result is refused with exactly one error, at {@code path}, whose message contains {@code fragment}. */
    static Problem assertOnlyError(ReadResult<?> result, String path, String fragment) {
        assertNull(result.value(), "no value expected with an error");
        List<Problem> errors = result.errors();
        assertEquals(1, errors.size(), () -> "expected exactly one error, got " + errors);
        Problem error = errors.get(0);
        assertEquals(path, error.path(), () -> "path of " + error);
        assertTrue(english(error).contains(fragment), () -> "expected \"" + fragment + "\" in: " + english(error));
        return error;
    }

    static Problem assertHasError(ReadResult<?> result, String path, String fragment) {
        assertFalse(result.isValid(), "expected the file to be refused");
        return result.errors().stream()
                .filter(p -> p.path().equals(path) && english(p).contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("no error at " + path + " containing \"" + fragment + "\" in " + result.errors()));
    }

    static Problem assertHasWarning(ReadResult<?> result, String path, String fragment) {
        return result.warnings().stream()
                .filter(p -> p.path().equals(path) && english(p).contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("no warning at " + path + " containing \"" + fragment + "\" in "
                        + result.problems()));
    }

    /** Each problem as the CLI prints it in English after the file name: {@code path: [warning: ]reason}. */
    public static List<String> lines(List<Problem> problems) {
        return problems.stream().map(p -> com.computetco.i18n.ProblemMessages.line(p,
                com.computetco.i18n.Messages.forLocale(java.util.Locale.ENGLISH))).toList();
    }

    static void assertValidWithoutProblems(ReadResult<?> result) {
        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
    }
}
