package com.computetco.report;

import static com.computetco.report.ReportLayout.*;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import java.util.Locale;
import java.util.Optional;

/**
 * Which figures rank the options on the Summary and make the verdict: pre-tax (sections 3 to 12) or after tax
 * (section 13, only for a scenario with a tax block). The Summary gives the other view's figures too.
 */
public enum ReportView {
    PRE_TAX("pretax", RESULT_TOTAL, RESULT_PRESENT_VALUE, RESULT_PAYBACK, RESULT_DISCOUNTED_PAYBACK, RESULT_IRR),
    AFTER_TAX("aftertax", RESULT_AT_TOTAL, RESULT_AT_PRESENT_VALUE, RESULT_AT_PAYBACK, RESULT_AT_DISCOUNTED_PAYBACK,
            RESULT_AT_IRR);

    private final String cliName;
    final int total;
    final int presentValue;
    final int payback;
    final int discountedPayback;
    final int irr;

    ReportView(String cliName, int total, int presentValue, int payback, int discountedPayback, int irr) {
        this.cliName = cliName;
        this.total = total;
        this.presentValue = presentValue;
        this.payback = payback;
        this.discountedPayback = discountedPayback;
        this.irr = irr;
    }

    /** The name on the command line: {@code pretax} or {@code aftertax}. */
    public String cliName() {
        return cliName;
    }

    public static Optional<ReportView> parse(String name) {
        for (ReportView v : values()) {
            if (v.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** After tax where the scenario has a tax block, else pre-tax. */
    public static ReportView defaultFor(Scenario scenario) {
        return scenario.taxBlock().isPresent() ? AFTER_TAX : PRE_TAX;
    }

    /** Whether the scenario has the figures of this view. */
    public boolean availableFor(Scenario scenario) {
        return this == PRE_TAX || scenario.taxBlock().isPresent();
    }

    ReportView other() {
        return this == PRE_TAX ? AFTER_TAX : PRE_TAX;
    }

    /** The evaluation as this view sees it: its totals, payback and IRR rank the options. */
    Evaluation of(Evaluation evaluation) {
        return this == PRE_TAX ? evaluation : evaluation.afterTaxView().orElseThrow(
                () -> new IllegalArgumentException("the after-tax view needs a tax block"));
    }
}
