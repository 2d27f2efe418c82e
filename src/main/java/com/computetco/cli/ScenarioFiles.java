package com.computetco.cli;

import com.computetco.app.FileKinds;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioLoader;
import java.nio.file.Path;

/** The CLI's access to scenario and quote files, telling the two kinds apart. */
final class ScenarioFiles {
    private final ScenarioLoader scenarios;
    private final QuoteReader quotes;

    ScenarioFiles(ScenarioLoader scenarios, QuoteReader quotes) {
        this.scenarios = scenarios;
        this.quotes = quotes;
    }

    ReadResult<Scenario> loadScenario(String file) {
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
