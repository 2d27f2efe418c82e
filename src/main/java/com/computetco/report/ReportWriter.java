package com.computetco.report;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.io.AtomicFiles;
import com.computetco.text.RiskTexts;
import com.computetco.text.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel report for procurement: a workbook whose every result is a live formula over the Assumptions and
 * Quotes cells, so that a reviewer who changes an assumption sees every figure follow, exactly as the engine
 * computes it. Sheets: Summary (ranking, verdict, charts), Assumptions, Quotes, one cash-flow sheet per option,
 * Risk (only with a Monte Carlo run: its figures are values, not formulas), Methodology. Cached values are written
 * too, for viewers that do not recalculate.
 *
 * <p>Thread-safe: each call builds its own workbook. The window calls {@link #render} on a background thread and
 * shows the progress; the command line calls {@link #write}.
 */
public final class ReportWriter {
    static {
        // POI logs through the Log4j API; without a provider Log4j prints a warning on every run. The simple
        // logger (errors only, to stderr) keeps the command line quiet unless the host application chose one.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final Clock clock;
    private final boolean chineseUnits;

    /** With a clock, for a reproducible report date. */
    public ReportWriter(Clock clock) {
        this(clock, false);
    }

    private ReportWriter(Clock clock, boolean chineseUnits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chineseUnits = chineseUnits;
    }

    /**
     * The same writer with Chinese reports' amounts in 万 (the window's 万/亿 setting) or in plain figures. English
     * reports are not affected.
     */
    public ReportWriter withChineseUnits(boolean on) {
        return new ReportWriter(clock, on);
    }

    /**
     * Writes the report to {@code target} atomically: the whole workbook is rendered first, then replaces the file
     * in one step, so a failure leaves no partial file (and the old one, if any, intact).
     *
     * @param evaluation the engine's evaluation of {@code scenario}
     * @param progress receives the fraction done, 0 to 1, on the calling thread
     * @throws IOException naming the file and the reason, when it cannot be written
     */
    public void write(Scenario scenario, Evaluation evaluation, Messages messages, Path target,
            DoubleConsumer progress) throws IOException {
        write(scenario, evaluation, null, messages, target, progress);
    }

    /**
     * Writes the report, with a Risk sheet when {@code simulation} is not null; atomically, as
     * {@link #write(Scenario, Evaluation, Messages, Path, DoubleConsumer)}.
     *
     * @param simulation a Monte Carlo run of {@code scenario}, or null for a report without the Risk sheet
     */
    public void write(Scenario scenario, Evaluation evaluation, SimulationResult simulation, Messages messages,
            Path target, DoubleConsumer progress) throws IOException {
        write(scenario, evaluation, simulation, messages, ReportView.defaultFor(scenario), target, progress);
    }

    /**
     * Writes the report with the Summary ranked by {@code view}; atomically, as
     * {@link #write(Scenario, Evaluation, Messages, Path, DoubleConsumer)}.
     *
     * @throws IllegalArgumentException for the after-tax view of a scenario without a tax block
     */
    public void write(Scenario scenario, Evaluation evaluation, SimulationResult simulation, Messages messages,
            ReportView view, Path target, DoubleConsumer progress) throws IOException {
        byte[] bytes = render(scenario, evaluation, simulation, messages, view,
                fraction -> progress.accept(fraction * 0.95));
        AtomicFiles.write(target, bytes, true); // the replaced report stays as NAME.bak, as saves do
        progress.accept(1.0);
    }

    public void write(Scenario scenario, Evaluation evaluation, Messages messages, Path target) throws IOException {
        write(scenario, evaluation, null, messages, target, fraction -> { });
    }

    public byte[] render(Scenario scenario, Evaluation evaluation, Messages messages) {
        return render(scenario, evaluation, null, messages, fraction -> { });
    }

    /**
     * The report as .xlsx bytes, without a Risk sheet.
     *
     * @param evaluation the engine's evaluation of {@code scenario} (for the verdict, the ranking order and the IRR
     *     guesses; every figure in the workbook is a formula)
     * @param progress receives the fraction done, 0 to 1
     */
    public byte[] render(Scenario scenario, Evaluation evaluation, Messages messages, DoubleConsumer progress) {
        return render(scenario, evaluation, null, messages, progress);
    }

    /**
     * The report as .xlsx bytes; with a Risk sheet when {@code simulation} is not null: the run's percentiles and
     * probabilities of being cheapest (values, not formulas), and the tornado of every option other than the
     * baseline, computed here from the scenario ({@link Tornado#compute}, total cost).
     *
     * @param evaluation the engine's evaluation of {@code scenario} (for the verdict, the ranking order and the IRR
     *     guesses; every figure in the workbook is a formula)
     * @param simulation a Monte Carlo run of {@code scenario}, or null for none
     * @param progress receives the fraction done, 0 to 1
     * @throws IllegalArgumentException when the evaluation or the simulation is not of this scenario
     */
    public byte[] render(Scenario scenario, Evaluation evaluation, SimulationResult simulation, Messages messages,
            DoubleConsumer progress) {
        return render(scenario, evaluation, simulation, messages, ReportView.defaultFor(scenario), progress);
    }

    /**
     * The report as .xlsx bytes, the Summary ranked by {@code view} (and giving the other view's figures too, where
     * the scenario has a tax block).
     *
     * @throws IllegalArgumentException for the after-tax view of a scenario without a tax block, or when the
     *     evaluation or the simulation is not of this scenario
     */
    public byte[] render(Scenario scenario, Evaluation evaluation, SimulationResult simulation, Messages messages,
            ReportView view, DoubleConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        if (!view.availableFor(scenario)) {
            throw new IllegalArgumentException("the after-tax view needs a tax block");
        }
        if (evaluation.options().size() != scenario.options().size()) {
            throw new IllegalArgumentException("the evaluation is not of this scenario");
        }
        if (simulation != null && !ofScenario(simulation, scenario)) {
            throw new IllegalArgumentException("the simulation is not of this scenario");
        }
        progress.accept(0.0);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook, scenario.currency(),
                    AxisScale.of(messages.locale(), chineseUnits).inWan());
            SheetWriter summary = new SheetWriter(workbook.createSheet(messages.get("report.sheet.summary")));
            SheetWriter breakdown = new SheetWriter(workbook.createSheet(messages.get("report.sheet.breakdown")));
            SheetWriter annual = new SheetWriter(workbook.createSheet(messages.get("report.sheet.annual")));
            SheetWriter assumptions = new SheetWriter(workbook.createSheet(messages.get("report.sheet.assumptions")));
            SheetWriter quotes = new SheetWriter(workbook.createSheet(messages.get("report.sheet.quotes")));
            List<SheetWriter> flows = new ArrayList<>();
            for (int i = 0; i < scenario.options().size(); i++) {
                flows.add(new SheetWriter(workbook.createSheet(messages.format("report.sheet.cashFlows",
                        String.valueOf(i + 1)))));
            }
            SheetWriter risk = simulation == null ? null
                    : new SheetWriter(workbook.createSheet(messages.get("report.sheet.risk")));
            SheetWriter methodology = new SheetWriter(workbook.createSheet(messages.get("report.sheet.methodology")));
            int baselineIndex = scenario.baselineIndex();

            LocalDate today = LocalDate.now(clock);
            AssumptionsSheet assumptionSheet = new AssumptionsSheet(workbook, assumptions, styles, messages, scenario)
                    .reportDate(today);
            assumptionSheet.write(scenario.options().get(baselineIndex).label());
            QuotesSheet quoteSheet = new QuotesSheet(quotes, styles, messages, scenario, assumptionSheet);
            quoteSheet.write();
            progress.accept(0.05);

            // Every other sheet compares itself with the baseline's, so that one is made first (and written
            // first, which keeps the workbook's style order).
            ScenarioModel model = ScenarioModel.of(scenario);
            CashFlowSheet baseline = new CashFlowSheet(flows.get(baselineIndex), styles, messages, quoteSheet,
                    scenario, baselineIndex, evaluation.options().get(baselineIndex), model.parameters(baselineIndex),
                    model.parameters(baselineIndex), null);
            List<CashFlowSheet> sheets = new ArrayList<>();
            for (int i = 0; i < scenario.options().size(); i++) {
                sheets.add(i == baselineIndex ? baseline : new CashFlowSheet(flows.get(i), styles, messages,
                        quoteSheet, scenario, i, evaluation.options().get(i), model.parameters(i),
                        model.parameters(baselineIndex), baseline));
            }
            baseline.write();
            int done = 1;
            for (CashFlowSheet sheet : sheets) {
                if (sheet != baseline) {
                    sheet.write();
                    progress.accept(0.05 + 0.35 * ++done / sheets.size());
                }
            }

            // The Summary, its verdict and its notes rank by the chosen view; the breakdown is pre-tax components.
            Evaluation shown = view.of(evaluation);
            String verdict = new Verdict(messages, new AmountFormat(messages.locale(), messages.isChinese()))
                    .describe(inService(shown));
            SummarySheet summaryTable = new SummarySheet(summary, styles, messages, scenario, shown, sheets, view);
            summaryTable.write(today, verdict);
            BreakdownSheet breakdownSheet = new BreakdownSheet(breakdown, styles, messages, scenario, evaluation,
                    sheets);
            breakdownSheet.write();
            new AnnualSheet(annual, styles, messages, scenario, evaluation, sheets).write();
            new MethodologySheet(methodology, styles, messages).write();
            progress.accept(0.45);

            if (risk != null) {
                List<TornadoResult> tornadoes = new ArrayList<>();
                for (int i = 0; i < scenario.options().size(); i++) {
                    if (i != baselineIndex) {
                        tornadoes.add(Tornado.compute(scenario, scenario.options().get(i).id(), Measure.TOTAL_COST));
                    }
                }
                new RiskSheet(risk, styles, messages, scenario, simulation, tornadoes).write();
                summaryTable.riskLine(riskLine(simulation, messages), risk.name());
            }
            new SummaryNotes(summary, styles, messages, scenario, shown).write(summaryTable.afterRanking(),
                    simulation);
            SheetWriter sources = new SourcesSheet(workbook, styles, messages).write();
            progress.accept(0.8);
            ReportCharts.add(breakdown.sheet(), sheets, evaluation, messages, scenario.currency());

            String page = messages.get("report.footer.page");
            List<SheetWriter> all = new ArrayList<>(List.of(summary, breakdown, annual, assumptions, quotes));
            all.addAll(flows);
            if (risk != null) {
                all.add(risk);
            }
            all.add(methodology);
            all.add(sources);
            for (SheetWriter sheet : all) {
                sheet.printSetup(scenario.name(), page, today);
            }
            workbook.setActiveSheet(0);
            workbook.setForceFormulaRecalculation(true);
            properties(workbook, scenario, messages);
            progress.accept(0.85);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            workbook.write(bytes);
            progress.accept(1.0);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The evaluation the workbook's verdict formula describes at export: options never in service within the horizon
     * rank last there, so they leave the sentence unless nothing else is (or the baseline itself would go).
     */
    static Evaluation inService(Evaluation evaluation) {
        List<com.computetco.engine.OptionResult> kept = evaluation.options().stream()
                .filter(o -> o.inServiceMonth() < evaluation.horizonMonths()).toList();
        boolean baselineKept = kept.stream().anyMatch(o -> o.id().equals(evaluation.baselineOptionId()));
        if (kept.isEmpty() || !baselineKept || kept.size() == evaluation.options().size()) {
            return evaluation;
        }
        return new Evaluation(evaluation.scenarioName(), evaluation.currency(), evaluation.horizonMonths(),
                evaluation.baselineOptionId(), evaluation.demandPflops(), kept);
    }

    /** The same options, in the same order, and the same currency. */
    private static boolean ofScenario(SimulationResult simulation, Scenario scenario) {
        List<OptionStatistics> options = simulation.options();
        if (options.size() != scenario.options().size() || !simulation.currency().equals(scenario.currency())) {
            return false;
        }
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).id().equals(scenario.options().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** The Summary's pointer to the Risk sheet: the simulation's one-sentence summary. */
    private static String riskLine(SimulationResult simulation, Messages messages) {
        OptionStatistics best = simulation.mostOftenCheapest();
        String share = new RiskTexts(messages, new AmountFormat(messages.locale(), false))
                .percent(best.probabilityCheapest());
        return messages.format("report.summary.riskLine", messages.format("risk.simulate.cheapest", best.label(),
                share), messages.get("report.sheet.risk"));
    }

    private static void properties(XSSFWorkbook workbook, Scenario scenario, Messages messages) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        String title = messages.get("report.summary.title");
        core.setTitle(scenario.name().isBlank() ? title : title + ": " + scenario.name());
        core.setSubjectProperty(messages.get("report.properties.subject"));
        core.setCreator(messages.get("app.title"));
        core.setDescription(messages.get("report.properties.description"));
        core.setKeywords("TCO");
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(
                messages.get("app.title"));
    }
}
