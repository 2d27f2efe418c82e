package com.computetco.cli;

import com.computetco.app.FileKinds;
import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** The CLI's access to scenario and quote files, telling the two kinds apart. */
public final class ScenarioFiles {
    private final ScenarioLoader scenarios;
    private final QuoteReader quotes;
    private final TcoEngine engine;

    /** ENGINE is the one the loader checks with: the CLI makes one engine, in {@link Cli}. */
    ScenarioFiles(ScenarioLoader scenarios, QuoteReader quotes, TcoEngine engine) {
        this.scenarios = scenarios;
        this.quotes = quotes;
        this.engine = engine;
    }

    public TcoEngine engine() {
        return engine;
    }

    ScenarioLoader loader() {
        return scenarios;
    }

    public ReadResult<Scenario> loadScenario(String file) {
        return scenarios.load(Path.of(file));
    }

    /**
     * Every scenario command's opening: reads FILE, prints its problems (warnings too) to ERR in the language of
     * MESSAGES, and gives the scenario only when it is usable; the command then exits with 2 on empty.
     */
    public Optional<Scenario> open(String file, Messages messages, PrintStream err) {
        ReadResult<Scenario> read = loadScenario(file);
        ProblemPrinter.print(file, read.problems(), messages, err);
        return read.isValid() ? Optional.of(read.value()) : Optional.empty();
    }

    /** As {@link #open}, for the developer's benchmarks: quiet about warnings, whose output is figures alone. */
    public Optional<Scenario> openQuietly(String file, Messages messages, PrintStream err) {
        ReadResult<Scenario> read = loadScenario(file);
        if (!read.isValid()) {
            ProblemPrinter.print(file, read.problems(), messages, err);
            return Optional.empty();
        }
        return Optional.of(read.value());
    }

    ReadResult<Quote> loadQuote(String file) {
        return quotes.read(Path.of(file));
    }

    /** A quote file by its name (*.quote.json), or by content: a root object with "kind" and no "options". */
    boolean isQuoteFile(String file) {
        return FileKinds.isQuoteByNameOrContent(Path.of(file));
    }
}
