package com.computetco.engine;

import com.computetco.domain.Scenario;
import java.util.Optional;

/**
 * One option's month-by-month schedule for the window (methodology sections 10, 11 and 13): hardware payments, the
 * loan's draw and instalments with their interest, the other pre-tax costs, and, with a tax block, the input VAT
 * paid and credited, depreciation, income tax and the after-tax flow. The same flows as {@link TcoEngine}, from
 * the same code; arrays are copied out.
 */
public final class OptionSchedule {
    private final int inServiceMonth;
    private final double capex;
    private final double financed;
    private final double instalment;
    private final int termMonths;
    private final double balloon;
    private final double[] hardware;
    private final double[] loan;
    private final double[] interest;
    private final double[] preTax;
    private final AfterTaxFlows afterTax;

    private OptionSchedule(ScenarioModel model, int index) {
        FlowBuffer flows = new FlowBuffer(model.horizon);
        model.evaluateFlows(index, model.scenarioDraw(), flows);
        OptionModel o = model.options[index];
        inServiceMonth = flows.inServiceMonth;
        capex = flows.capex;
        financed = o.financedShare * flows.capex;
        termMonths = o.loanTermMonths;
        balloon = o.balloonShare * financed;
        instalment = o.financed() ? Loan.instalment(financed,
                o.loanMonthlyRate > CostFlows.ZERO_RATE ? o.loanMonthlyRate : 0.0, termMonths, balloon) : 0;
        hardware = flows.components[CostComponent.HARDWARE.ordinal()].clone();
        loan = flows.components[CostComponent.FINANCING.ordinal()].clone();
        interest = flows.interest.clone();
        preTax = flows.monthlyCopy();
        afterTax = model.tax == null ? null : AfterTaxFlows.of(model, index, flows);
    }

    /** The schedule of the option with this id, or empty if the scenario has none. */
    public static Optional<OptionSchedule> of(Scenario scenario, String optionId) {
        ScenarioModel model = ScenarioModel.of(scenario);
        for (int i = 0; i < model.optionCount(); i++) {
            if (model.optionId(i).equals(optionId)) {
                return Optional.of(new OptionSchedule(model, i));
            }
        }
        return Optional.empty();
    }

    public int horizon() {
        return preTax.length;
    }

    /** The in-service (acceptance) month d. */
    public int inServiceMonth() {
        return inServiceMonth;
    }

    /** K, the net capex of a build option (servers, networking, installation); 0 for a rent option. */
    public double capex() {
        return capex;
    }

    /** F, the amount drawn in month d; 0 without financing. */
    public double financed() {
        return financed;
    }

    /** A, section 11's monthly instalment; 0 without financing. */
    public double instalment() {
        return instalment;
    }

    public int termMonths() {
        return termMonths;
    }

    /** G, the balloon due with the last instalment. */
    public double balloon() {
        return balloon;
    }

    public boolean hasTax() {
        return afterTax != null;
    }

    public double[] hardware() {
        return hardware.clone();
    }

    /** The {@code financing} component: -F in month d, then the instalments and any repayment. */
    public double[] loan() {
        return loan.clone();
    }

    public double[] interest() {
        return interest.clone();
    }

    /** Section 6's pre-tax flow, every component. */
    public double[] preTax() {
        return preTax.clone();
    }

    /** The pre-tax flow less hardware payments and the loan. */
    public double[] otherCosts() {
        double[] other = new double[preTax.length];
        for (int m = 0; m < other.length; m++) {
            other[m] = preTax[m] - hardware[m] - loan[m];
        }
        return other;
    }

    /** Input VAT paid; zeros without a tax block. */
    public double[] vatPaid() {
        return afterTax == null ? new double[preTax.length] : afterTax.vatPaid.clone();
    }

    /** The VAT credit (negative); zeros without a tax block or when VAT is not recoverable. */
    public double[] vatCredited() {
        return afterTax == null ? new double[preTax.length] : afterTax.vatCredited.clone();
    }

    public double[] depreciation() {
        return afterTax == null ? new double[preTax.length] : afterTax.depreciation.clone();
    }

    public double[] incomeTax() {
        return afterTax == null ? new double[preTax.length] : afterTax.incomeTax.clone();
    }

    /** A(m), the after-tax flow; the pre-tax flow without a tax block. */
    public double[] afterTax() {
        return afterTax == null ? preTax.clone() : afterTax.afterTax.clone();
    }
}
