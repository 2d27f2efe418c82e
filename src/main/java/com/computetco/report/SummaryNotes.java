package com.computetco.report;

import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.Triangular;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rest of page 1, below the ranking: how the ranking treats a capacity gap, why the simulation names another
 * option than the figures (when it does), the top three sensitivities of the decision (the tornado, at export),
 * the main risk, and a sign-off block for the preparer and the reviewer.
 */
final class SummaryNotes {
    /** The sensitivities shown on page 1: the largest bars of the tornado. */
    static final int TOP = 3;
    // Columns of the sensitivity table, on the Summary's ranking columns.
    static final int S_INPUT = 1;
    static final int S_LOW = 3;
    static final int S_HIGH = 6;
    static final int S_EFFECT_LOW = 8;
    static final int S_EFFECT_HIGH = 10;
    static final int S_FLIPS = 12;

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final Scenario scenario;
    private final Evaluation evaluation;
    private final RiskTexts risk;
    private final AmountFormat amounts;
    private int row;
    private int sensitivityRow = -1;
    private int signOffRow = -1;
    private int twoHeadlinesRow = -1;

    SummaryNotes(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, Evaluation evaluation) {
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.scenario = scenario;
        this.evaluation = evaluation;
        this.amounts = new AmountFormat(text.locale(), false);
        this.risk = new RiskTexts(text, amounts);
    }

    /**
     * @param first the first free row below the ranking
     * @param simulation the Monte Carlo run, or null
     * @return the last row written
     */
    int write(int first, SimulationResult simulation) {
        row = first;
        line(text.get("report.summary.rankNote"), null);
        OptionResult winner = evaluation.options().get(SummarySheet.winner(evaluation));
        if (simulation != null) {
            OptionStatistics often = simulation.mostOftenCheapest();
            if (!often.id().equals(winner.id())) {
                twoHeadlinesRow = row;
                wrappedLine(twoHeadlines(often, winner), 2);
            }
        }
        TornadoResult tornado = tornado(winner);
        if (tornado != null) {
            sensitivities(tornado);
        }
        mainRisk(tornado);
        signOff();
        // Page 1 ends here: whatever a later version adds below starts a new page.
        out.sheet().setRowBreak(row - 1);
        return row - 1;
    }

    int sensitivityRow() {
        return sensitivityRow;
    }

    int signOffRow() {
        return signOffRow;
    }

    int twoHeadlinesRow() {
        return twoHeadlinesRow;
    }

    /** The option the tornado is about: the one ranked first, or if that is the baseline, the best other one. */
    private TornadoResult tornado(OptionResult winner) {
        String baselineId = scenario.baselineOptionId();
        OptionResult subject = winner;
        if (winner.id().equals(baselineId)) {
            subject = null;
            int h = evaluation.horizonMonths();
            for (OptionResult o : evaluation.options()) {
                if (!o.id().equals(baselineId) && (subject == null
                        || SummarySheet.rankKey(o, h) < SummarySheet.rankKey(subject, h))) {
                    subject = o;
                }
            }
        }
        return subject == null ? null : Tornado.compute(scenario, subject.id(), Measure.TOTAL_COST);
    }

    private void sensitivities(TornadoResult t) {
        out.text(row, 0, text.format("report.summary.sensitivities", t.optionLabel(), t.baselineLabel()),
                styles.heading(), false);
        row++;
        sensitivityRow = row;
        CellStyle h = styles.header();
        String cur = " (" + scenario.currency() + ")";
        // Each field spans the ranking's columns up to the next one (merged), so that "144,000 CNY per P-year" fits.
        int[] starts = {S_INPUT, S_LOW, S_HIGH, S_EFFECT_LOW, S_EFFECT_HIGH, S_FLIPS, SummarySheet.LAST_COL + 1};
        String[] headers = {text.get("report.summary.input"), text.get("report.summary.low"),
            text.get("report.summary.high"), SheetWriter.header(text.get("report.summary.effectLow") + cur),
            SheetWriter.header(text.get("report.summary.effectHigh") + cur), text.get("report.summary.flips")};
        for (int f = 0; f < headers.length; f++) {
            span(row, starts[f], starts[f + 1] - 1, headers[f], h);
        }
        out.row(row).setHeightInPoints(30);
        row++;
        CellStyle money = styles.value(ReportStyles.Kind.AMOUNT, false);
        List<TornadoBar> bars = t.bars();
        for (int i = 0; i < Math.min(TOP, bars.size()); i++) {
            TornadoBar bar = bars.get(i);
            span(row, S_INPUT, S_LOW - 1, risk.inputName(bar.input()), null);
            span(row, S_LOW, S_HIGH - 1, risk.value(bar.input(), bar.low(), t.currency()), null);
            span(row, S_HIGH, S_EFFECT_LOW - 1, risk.value(bar.input(), bar.high(), t.currency()), null);
            out.number(row, S_EFFECT_LOW, bar.effectLow(), money, 0);
            out.sheet().addMergedRegion(new CellRangeAddress(row, row, S_EFFECT_LOW, S_EFFECT_HIGH - 1));
            out.number(row, S_EFFECT_HIGH, bar.effectHigh(), money, 0);
            out.sheet().addMergedRegion(new CellRangeAddress(row, row, S_EFFECT_HIGH, S_FLIPS - 1));
            out.text(row, S_FLIPS, bar.flips() ? text.get("risk.tornado.flipMark") : "", null, false);
            row++;
        }
        line(text.format("report.summary.sensitivityNote", t.optionLabel(), t.baselineLabel()), null);
    }

    /** The input that flips the decision (the largest such), else the largest; or the simulation's word. */
    private void mainRisk(TornadoResult t) {
        out.text(row, 0, text.get("report.summary.mainRisk"), styles.heading(), false);
        row++;
        String sentence;
        TornadoBar flip = t == null ? null : t.bars().stream().filter(TornadoBar::flips).findFirst().orElse(null);
        if (flip != null) {
            sentence = text.format("report.summary.mainRisk.flips", risk.inputName(flip.input()),
                    risk.value(flip.input(), flip.low(), t.currency()),
                    risk.value(flip.input(), flip.high(), t.currency()), t.optionLabel(), t.baselineLabel());
        } else if (t != null && !t.bars().isEmpty()) {
            TornadoBar top = t.bars().get(0);
            sentence = text.format("report.summary.mainRisk.largest", risk.inputName(top.input()),
                    amounts.amount(top.size()), t.currency(), t.optionLabel(), t.baselineLabel());
        } else {
            sentence = text.get("report.summary.mainRisk.none");
        }
        wrappedLine(sentence, 2);
    }

    /** Prepared by, reviewed by, date and version: cells for the people who sign, shaded as inputs. */
    private void signOff() {
        out.text(row, 0, text.get("report.summary.signOff"), styles.heading(), false);
        row++;
        signOffRow = row;
        CellStyle input = styles.value(ReportStyles.Kind.TEXT, true);
        String[][] fields = {{"report.summary.preparedBy", "report.summary.signDate"},
            {"report.summary.reviewedBy", "report.summary.version"}};
        for (String[] pair : fields) {
            out.text(row, 0, text.get(pair[0]), styles.boldText(), false);
            box(row, 2, 5, input);
            out.text(row, 7, text.get(pair[1]), styles.boldText(), false);
            box(row, 8, 10, input);
            out.row(row).setHeightInPoints(21);
            row++;
        }
    }

    /** Text over columns from..to (merged), every cell of the span in the style (a header's fill and border). */
    private void span(int r, int from, int to, String value, CellStyle style) {
        out.text(r, from, value, style, false);
        for (int c = from + 1; c <= to; c++) {
            out.text(r, c, "", style, false);
        }
        if (to > from) {
            out.sheet().addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    private void box(int r, int from, int to, CellStyle style) {
        for (int c = from; c <= to; c++) {
            out.text(r, c, "", style, false);
        }
        out.sheet().addMergedRegion(new CellRangeAddress(r, r, from, to));
    }

    private void line(String value, CellStyle style) {
        out.text(row, 0, value, style, false);
        row++;
    }

    /** A sentence over the page's width, wrapped on up to {@code lines} lines. */
    private void wrappedLine(String value, int lines) {
        out.text(row, 0, value, styles.wrapped(), false);
        out.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, SummarySheet.LAST_COL));
        out.row(row).setHeightInPoints(15f * lines);
        row++;
    }

    /**
     * Why the simulation's most-often-cheapest option is not the one the figures rank first: the simulation draws
     * the uncertain inputs from their ranges, in place of the quoted values.
     */
    private String twoHeadlines(OptionStatistics often, OptionResult winner) {
        List<String> drawn = new ArrayList<>();
        String cur = scenario.currency();
        scenario.uncertaintyRanges().flatMap(u -> u.rentAnnualPriceChange()).ifPresent(range -> drawn.add(
                rentChange(range)));
        scenario.uncertaintyRanges().flatMap(u -> u.electricityPrice()).ifPresent(t -> drawn.add(text.format(
                "report.summary.drawn.electricity", plain(t.min()), plain(t.max()), cur,
                plain(scenario.electricity().pricePerKwh()))));
        if (scenario.options().stream().anyMatch(SummaryNotes::leadTimeVaries)) {
            drawn.add(text.get("report.summary.drawn.leadTimes"));
        }
        if (scenario.options().stream().anyMatch(o -> o.retrainingPlan().flatMap(r -> r.range()).isPresent())) {
            drawn.add(text.get("report.summary.drawn.retraining"));
        }
        String list = drawn.isEmpty() ? text.get("report.summary.drawn.none")
                : String.join(text.get("report.summary.drawn.separator"), drawn);
        return text.format("report.summary.twoHeadlines", often.label(),
                risk.percent(often.probabilityCheapest()), winner.label(), list);
    }

    /** The rent change range, naming the quotes whose own change it replaces (outside the range). */
    private String rentChange(MinMax range) {
        List<String> replaced = new ArrayList<>();
        for (Option o : scenario.options()) {
            if (o.quote() instanceof RentalQuote q) {
                BigDecimal change = q.annualPriceChangePct();
                if (change.compareTo(range.min()) < 0 || change.compareTo(range.max()) > 0) {
                    replaced.add(text.format("report.summary.drawn.quoted", plain(change), o.label()));
                }
            }
        }
        String base = text.format("report.summary.drawn.rentChange", plain(range.min()), plain(range.max()));
        return replaced.isEmpty() ? base : base + text.format("report.summary.drawn.insteadOf",
                String.join(text.get("report.summary.drawn.separator"), replaced));
    }

    private static boolean leadTimeVaries(Option o) {
        Triangular lead = o.quote() instanceof RentalQuote r ? r.leadTime().orElse(null)
                : ((com.computetco.domain.ServerQuote) o.quote()).leadTimeMonths();
        return lead != null && lead.min().compareTo(lead.max()) != 0;
    }

    private static String plain(BigDecimal value) {
        return AmountFormat.plain(value);
    }
}
