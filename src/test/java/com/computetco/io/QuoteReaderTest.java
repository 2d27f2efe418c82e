package com.computetco.io;

import static com.computetco.io.ProblemAssertions.assertHasError;
import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static com.computetco.io.ProblemAssertions.assertValidWithoutProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteReaderTest {
    private final QuoteReader reader = new QuoteReader(Scenarios.TODAY);

    /** The worked example's quotes, as a quote file holds them. */
    private static JsonObject serverQuote() {
        return Scenarios.object(Scenarios.workedExampleTree(), "options[0].quote");
    }

    private static JsonObject rentalQuote() {
        return Scenarios.object(Scenarios.workedExampleTree(), "options[2].quote");
    }

    private ReadResult<Quote> read(JsonObject tree) {
        return reader.read(Scenarios.bytes(tree));
    }

    @Test
    void serverQuoteFileIsRead() {
        ReadResult<Quote> result = read(serverQuote());
        assertValidWithoutProblems(result);
        ServerQuote quote = assertInstanceOf(ServerQuote.class, result.value());
        assertEquals("Dealer A", quote.vendor());
        assertEquals(new BigDecimal("7.9"), quote.peakPflopsPerServer());
    }

    @Test
    void rentalQuoteFileIsRead() {
        ReadResult<Quote> result = read(rentalQuote());
        assertValidWithoutProblems(result);
        RentalQuote quote = assertInstanceOf(RentalQuote.class, result.value());
        assertEquals("Compute lessor B", quote.provider());
    }

    @Test
    void pathsAreRelativeToTheFileRoot() {
        assertOnlyError(read(Scenarios.set(serverQuote(), "unitPrice.amount", "-5")), "unitPrice.amount",
                "must be at least 0");
    }

    @Test
    void anyWellFormedCurrencyIsAcceptedWithoutAScenario() {
        assertValidWithoutProblems(read(Scenarios.set(serverQuote(), "unitPrice.currency", "\"EUR\"")));
    }

    @Test
    void malformedCurrencyCodeIsAnError() {
        assertOnlyError(read(Scenarios.set(serverQuote(), "unitPrice.currency", "\"eur\"")), "unitPrice.currency",
                "three capital letters");
    }

    @Test
    void expiredQuoteIsReadWithAWarningOnly() {
        ReadResult<Quote> result = read(Scenarios.set(rentalQuote(), "validUntil", "\"2024-06-30\""));
        assertTrue(result.isValid());
        assertEquals(List.of("validUntil: warning: quote expired on 2024-06-30"), ProblemAssertions.lines(result.problems()));
        assertEquals(LocalDate.of(2024, 6, 30), result.value().validUntil().orElseThrow());
    }

    @Test
    void expiryIsWarnedEvenWhenTheQuoteHasErrors() {
        JsonObject tree = Scenarios.set(serverQuote(), "validUntil", "\"2024-06-30\"");
        Scenarios.set(tree, "vendor", "\"\"");
        ReadResult<Quote> result = read(tree);
        assertHasError(result, "vendor", "must not be empty");
        assertEquals(1, result.warnings().size());
    }

    @Test
    void datesAndSourceAreRead() {
        JsonObject tree = Scenarios.set(serverQuote(), "quoteDate", "\"2025-01-10\"");
        Scenarios.set(tree, "validUntil", "\"2025-04-10\"");
        Scenarios.set(tree, "source", "\"email of 10 Jan\"");
        Quote quote = read(tree).value();
        assertEquals(LocalDate.of(2025, 1, 10), quote.quoteDate().orElseThrow());
        assertEquals("email of 10 Jan", quote.source().orElseThrow());
    }

    @ParameterizedTest(name = "kind = {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '"servers"' | must be one of "server", "rental", got "servers"
            7           | must be a string, got a number
            """)
    void unknownKindIsOneError(String kind, String fragment) {
        assertOnlyError(read(Scenarios.set(serverQuote(), "kind", kind)), "kind", fragment);
    }

    @Test
    void missingKindIsAnErrorBecauseNothingElseCanBeChecked() {
        assertOnlyError(read(Scenarios.remove(serverQuote(), "kind")), "kind", "is required");
    }

    @Test
    void rentalFieldsAreRequiredWhenKindSaysRental() {
        // A server quote relabelled as rental: the reader must judge it by the rental rules.
        ReadResult<Quote> result = read(Scenarios.set(serverQuote(), "kind", "\"rental\""));
        assertHasError(result, "provider", "is required");
        assertHasError(result, "pricePerPflopsYear", "is required");
    }

    @Test
    void rootThatIsNotAnObjectIsRefused() {
        assertOnlyError(reader.read("\"server\"".getBytes(StandardCharsets.UTF_8)), "$", "must hold one JSON object");
    }

    @Test
    void quoteFileIsReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quote.json");
        Files.write(file, Scenarios.bytes(rentalQuote()));
        assertValidWithoutProblems(reader.read(file));
    }
}
