package com.computetco.cli;

import com.computetco.app.FileKinds;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.app.ScenarioLoader;
import com.computetco.engine.TcoEngine;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import java.nio.file.Path;

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

    ReadResult<Quote> loadQuote(String file) {
        return quotes.read(Path.of(file));
    }

    /** A quote file by its name (*.quote.json), or by content: a root object with "kind" and no "options". */
    boolean isQuoteFile(String file) {
        return FileKinds.isQuoteByNameOrContent(Path.of(file));
    }
}
