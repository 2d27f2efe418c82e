package com.computetco.io;

import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.domain.Quote;
import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a quote file: one ServerQuote or RentalQuote object, chosen by its {@code kind}. Paths are relative to
 * the file's root ({@code unitPrice.amount}). Without a scenario there is no base currency, so money is only
 * checked for a well-formed currency code.
 */
public final class QuoteReader {
    private final Clock clock;

    /** @param clock the day quotes are judged expired against; tests pass a fixed clock */
    public QuoteReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ReadResult<Quote> read(Path file) {
        return validate(JsonSource.load(file));
    }

    public ReadResult<Quote> read(byte[] bytes) {
        return validate(JsonSource.parse(bytes));
    }

    private ReadResult<Quote> validate(ReadResult<JsonElement> parsed) {
        if (!parsed.isValid()) {
            return ReadResult.failure(parsed.problems());
        }
        JsonElement root = parsed.value();
        ProblemLog log = new ProblemLog();
        if (!root.isJsonObject()) {
            log.error(Problem.ROOT, ProblemCode.NOT_A_QUOTE_OBJECT, JsonFields.describe(root));
            return log.result(null);
        }
        Quote quote = new QuoteValidator(LocalDate.now(clock))
                .validate(root, Problem.ROOT, Currencies.UNKNOWN, null, log);
        return log.result(quote);
    }
}
