package com.computetco.ui;

import com.computetco.app.QuoteLibrary;
import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioReader;
import com.computetco.report.ReportWriter;
import com.computetco.ui.document.ScenarioTemplates;
import com.computetco.ui.state.AppFolder;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;

/**
 * The window's services that need no JavaFX, each made once: the one engine, the one loader (which checks with that
 * engine), the bundled samples, the quote reader, the quote library, the report writer, the clock and the app folder. The first half of
 * the composition root: {@link AppAssembly} builds the ViewModels and windows on them, and the app makes these first
 * so that the demo is read in the background while the window paints its first frame.
 */
public final class AppServices {
    private final AppFolder folder;
    private final TcoEngine engine;
    private final ScenarioLoader loader;
    private final BundledSamples samples;
    private final QuoteReader quoteReader;
    private final QuoteLibrary quoteLibrary;
    private final ReportWriter reportWriter;
    private final Clock clock;

    private AppServices(AppFolder folder, TcoEngine engine, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.engine = engine;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loader = new ScenarioLoader(new ScenarioReader(clock), engine);
        this.samples = new BundledSamples();
        this.quoteReader = new QuoteReader(clock);
        this.quoteLibrary = new QuoteLibrary(quoteReader, samples, folder.quotes(), clock);
        this.reportWriter = new ReportWriter(clock);
    }

    /** Every service, on the given app folder; the only place the window makes a {@link TcoEngine}. */
    public static AppServices create(AppFolder folder) {
        return new AppServices(folder, new TcoEngine(), Clock.systemDefaultZone());
    }

    public AppFolder folder() {
        return folder;
    }

    public TcoEngine engine() {
        return engine;
    }

    public ScenarioLoader loader() {
        return loader;
    }

    public BundledSamples samples() {
        return samples;
    }

    public QuoteReader quoteReader() {
        return quoteReader;
    }

    /** The quote library on the user's quote folder and the bundled samples. */
    public QuoteLibrary quoteLibrary() {
        return quoteLibrary;
    }

    public ReportWriter reportWriter() {
        return reportWriter;
    }

    public Clock clock() {
        return clock;
    }

    /** The bundled main demo; a blank scenario if it cannot be read (it always can in a real build). */
    public Scenario demoScenario() {
        try {
            ReadResult<Scenario> demo = loader.load(samples.read(BundledSamples.MAIN_DEMO));
            return demo.valueIfValid().orElseGet(() -> ScenarioTemplates.blank("Compute TCO"));
        } catch (UncheckedIOException e) {
            return ScenarioTemplates.blank("Compute TCO");
        }
    }
}
