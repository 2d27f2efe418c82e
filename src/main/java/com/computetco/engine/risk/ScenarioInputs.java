package com.computetco.engine.risk;

import com.computetco.domain.MinMax;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.engine.Draw;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.engine.FlowBuffer;
import com.computetco.engine.ScenarioModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and sets one {@link Input} of a scenario for one option, through the domain's immutable records, so that a
 * moved input is evaluated by exactly the engine that evaluates the scenario. Values are doubles in the input's
 * natural unit; a value set becomes the decimal of its shortest representation, which reads back as the same
 * double.
 */
public final class ScenarioInputs {
    /** The relative move of an input without a range: ±20%. */
    public static final double DEFAULT_MOVE = 0.2;
    /** The move of an escalation rate: ±2 percentage points. */
    public static final double ESCALATION_MOVE = 2.0;

    private ScenarioInputs() {
    }

    /** Whether moving the input can change the option's or the baseline's figures. */
    public static boolean applies(Scenario s, Input input, int option) {
        Option o = s.options().get(option);
        boolean baseline = option == s.baselineIndex();
        return switch (input) {
            case UNIT_PRICE, ELECTRICITY_PRICE, PUE, RESIDUAL_VALUE -> o.isBuild();
            case OPTION_RENT_PRICE -> !o.isBuild() && !baseline;
            case RETRAINING_MONTHS -> o.retraining() != null;
            case RENT_PRICE, RENT_ANNUAL_CHANGE, LEAD_TIME, EFFICIENCY, DISCOUNT_RATE, DEMAND -> true;
            // Version 2 inputs where the scenario has them: a version 1 scenario's views stay as they were.
            case ELECTRICITY_ESCALATION -> o.isBuild() && s.electricity().annualPriceChangePctValue() != null;
            case WAGE_ESCALATION -> s.staff().annualCostChangePctValue() != null;
            case LOAN_RATE, FINANCED_SHARE -> o.financingPlan().isPresent();
            case INCOME_TAX_RATE, VAT_RECOVERABLE, DEPRECIATION_YEARS -> s.tax() != null;
        };
    }

    /** The input's current value. */
    public static double value(Scenario s, Input input, int option) {
        Option o = s.options().get(option);
        return switch (input) {
            case UNIT_PRICE -> server(o).unitPrice().inBase(s.rates());
            case ELECTRICITY_PRICE -> s.electricity().pricePerKwh().doubleValue();
            case PUE -> s.electricity().pue().doubleValue();
            case RENT_PRICE -> densePrice(s, rental(s.options().get(s.baselineIndex())));
            case OPTION_RENT_PRICE -> densePrice(s, rental(o));
            case RENT_ANNUAL_CHANGE -> rental(s.options().get(s.baselineIndex())).annualPriceChangePct().doubleValue();
            case LEAD_TIME -> leadTime(o) == null ? 0.0 : leadTime(o).likely().doubleValue();
            case EFFICIENCY -> o.efficiencyPct().doubleValue();
            case RETRAINING_MONTHS -> o.retraining() == null ? 0.0 : o.retraining().months().doubleValue();
            case DISCOUNT_RATE -> s.discountRatePct().doubleValue();
            case RESIDUAL_VALUE -> o.residualValuePct().doubleValue();
            case DEMAND -> s.demandPflops().doubleValue();
            case ELECTRICITY_ESCALATION -> s.electricity().annualPriceChangePct().doubleValue();
            case WAGE_ESCALATION -> s.staff().annualCostChangePct().doubleValue();
            case LOAN_RATE -> o.financing().annualRatePct().doubleValue();
            case FINANCED_SHARE -> o.financing().financedPct().doubleValue();
            case INCOME_TAX_RATE -> s.tax().incomeTaxRatePct().doubleValue();
            case VAT_RECOVERABLE -> s.tax().vatRecoverable() ? 1.0 : 0.0;
            case DEPRECIATION_YEARS -> s.tax().depreciationYears();
        };
    }

    /** The values the input may take, as validation allows them (prices are unbounded above). */
    public static double[] bounds(Input input) {
        return switch (input) {
            case UNIT_PRICE, ELECTRICITY_PRICE, RENT_PRICE, OPTION_RENT_PRICE -> new double[] {0,
                Double.POSITIVE_INFINITY};
            case PUE -> new double[] {1, 3};
            case RENT_ANNUAL_CHANGE -> new double[] {-100, 100};
            case LEAD_TIME -> new double[] {0, 60};
            case EFFICIENCY -> new double[] {1e-6, 200};
            case RETRAINING_MONTHS -> new double[] {0, 24};
            case DISCOUNT_RATE -> new double[] {0, 99.999};
            case RESIDUAL_VALUE -> new double[] {0, 100};
            case DEMAND -> new double[] {1e-6, 1e7};
            case ELECTRICITY_ESCALATION, WAGE_ESCALATION -> new double[] {-100, 100};
            case LOAN_RATE -> new double[] {0, 99.999};
            case FINANCED_SHARE -> new double[] {1e-6, 100};
            case INCOME_TAX_RATE -> new double[] {0, 100};
            case VAT_RECOVERABLE -> new double[] {0, 1};
            case DEPRECIATION_YEARS -> new double[] {1, 20};
        };
    }

    /**
     * The low and high values of the tornado: the scenario's range where it gives one (electricity and rent-change
     * uncertainty, the lead time's min and max, the retraining months range), else the value ±20%, within the
     * bounds. The second element tells whether a range was used.
     */
    public static Range range(Scenario s, Input input, int option) {
        Option o = s.options().get(option);
        switch (input) {
            case ELECTRICITY_PRICE -> {
                Triangular t = s.uncertainty() == null ? null : s.uncertainty().electricityPricePerKwh();
                if (t != null) {
                    return new Range(t.min().doubleValue(), t.max().doubleValue(), true);
                }
            }
            case RENT_ANNUAL_CHANGE -> {
                MinMax m = s.uncertainty() == null ? null : s.uncertainty().rentAnnualPriceChangePct();
                if (m != null) {
                    return new Range(m.min().doubleValue(), m.max().doubleValue(), true);
                }
            }
            case LEAD_TIME -> {
                Triangular t = leadTime(o);
                if (t != null) {
                    return new Range(t.min().doubleValue(), t.max().doubleValue(), true);
                }
            }
            case RETRAINING_MONTHS -> {
                MinMax m = o.retraining() == null ? null : o.retraining().monthsRange();
                if (m != null) {
                    return new Range(m.min().doubleValue(), m.max().doubleValue(), true);
                }
            }
            case ELECTRICITY_ESCALATION, WAGE_ESCALATION -> {
                // A flat 0 % would not move by ±20 %: escalation moves by ±2 percentage points.
                double v = value(s, input, option);
                return new Range(Math.max(-100, v - ESCALATION_MOVE), Math.min(100, v + ESCALATION_MOVE), false);
            }
            case VAT_RECOVERABLE -> {
                return new Range(0, 1, true);
            }
            case DEPRECIATION_YEARS -> {
                double v = value(s, input, option);
                return new Range(Math.max(1, v - 1), Math.min(20, v + 1), false);
            }
            default -> {
            }
        }
        double v = value(s, input, option);
        double[] bounds = bounds(input);
        double a = clamp(v * (1 - DEFAULT_MOVE), bounds);
        double b = clamp(v * (1 + DEFAULT_MOVE), bounds);
        return new Range(Math.min(a, b), Math.max(a, b), false);
    }

    /** A tornado's low and high values, and whether they come from a range given in the scenario. */
    public record Range(double low, double high, boolean given) {
    }

    private static double clamp(double v, double[] bounds) {
        return Math.max(bounds[0], Math.min(bounds[1], v));
    }

    /** The scenario with the input set to {@code value} (for the option where the input is the option's own). */
    public static Scenario with(Scenario s, Input input, int option, double value) {
        BigDecimal v = decimal(value);
        Option o = s.options().get(option);
        return switch (input) {
            case UNIT_PRICE -> replace(s, option, o.withQuote(server(o).withUnitPrice(new Money(v, s.currency()))));
            case ELECTRICITY_PRICE -> s.withElectricity(s.electricity().withPricePerKwh(v));
            case PUE -> s.withElectricity(s.electricity().withPue(v));
            case RENT_PRICE -> {
                int b = s.baselineIndex();
                Option base = s.options().get(b);
                yield replace(s, b, base.withQuote(densePriced(rental(base), new Money(v, s.currency()))));
            }
            case OPTION_RENT_PRICE -> replace(s, option, o.withQuote(densePriced(rental(o), new Money(v,
                    s.currency()))));
            case RENT_ANNUAL_CHANGE -> {
                // Rents move together (section 7): the baseline's change becomes v, every other rental's moves by
                // the same amount, so at the current value nothing changes.
                BigDecimal shift = v.subtract(rental(s.options().get(s.baselineIndex())).annualPriceChangePct(),
                        MathContext.DECIMAL128);
                List<Option> options = new ArrayList<>();
                for (int i = 0; i < s.options().size(); i++) {
                    Option each = s.options().get(i);
                    if (each.quote() instanceof RentalQuote q) {
                        BigDecimal moved = i == s.baselineIndex() ? v
                                : clampChange(q.annualPriceChangePct().add(shift, MathContext.DECIMAL128));
                        options.add(each.withQuote(q.withAnnualPriceChangePct(moved)));
                    } else {
                        options.add(each);
                    }
                }
                yield s.withOptions(options);
            }
            case LEAD_TIME -> replace(s, option, withLikelyLeadTime(o, v));
            case EFFICIENCY -> replace(s, option, o.withEfficiencyPct(v));
            case RETRAINING_MONTHS -> {
                Retraining r = o.retraining() == null ? Retraining.none() : o.retraining();
                yield replace(s, option, o.withRetraining(new Retraining(v, r.productivityLossPct(),
                        r.monthsRange())));
            }
            case DISCOUNT_RATE -> s.withDiscountRatePct(v);
            case RESIDUAL_VALUE -> replace(s, option, o.withResidualValuePct(v));
            case DEMAND -> s.withDemandPflops(v);
            case ELECTRICITY_ESCALATION -> s.withElectricity(s.electricity().withAnnualPriceChangePct(v));
            case WAGE_ESCALATION -> s.withStaff(s.staff().withAnnualCostChangePct(v));
            case LOAN_RATE -> replace(s, option, o.withFinancing(o.financing().withAnnualRatePct(v)));
            case FINANCED_SHARE -> replace(s, option, o.withFinancing(o.financing().withFinancedPct(v)));
            case INCOME_TAX_RATE -> s.withTax(s.tax().withIncomeTaxRatePct(v));
            case VAT_RECOVERABLE -> s.withTax(s.tax().withVatRecoverable(value >= 0.5));
            case DEPRECIATION_YEARS -> s.withTax(s.tax().withDepreciationYears(
                    (int) Math.max(1, Math.min(20, Math.round(value)))));
        };
    }

    /** The option's figure minus the baseline's, by the measure, evaluated afresh on the scenario. */
    public static double difference(Scenario s, int option, Measure measure) {
        double[] pair = figures(s, option, measure);
        return pair[0] - pair[1];
    }

    /** {option's figure, baseline's figure} by the measure. */
    public static double[] figures(Scenario s, int option, Measure measure) {
        ScenarioModel model = ScenarioModel.of(s);
        if (measure == Measure.AFTER_TAX) {
            return afterTaxFigures(model, option);
        }
        Draw draw = model.scenarioDraw();
        FlowBuffer flows = new FlowBuffer(model.horizon());
        double o = figure(model, option, draw, flows, measure);
        double b = figure(model, model.baselineIndex(), draw, flows, measure);
        return new double[] {o, b};
    }

    /** {option's after-tax total, baseline's} (section 13). */
    private static double[] afterTaxFigures(ScenarioModel model, int option) {
        if (model.scenario().tax() == null) {
            throw new IllegalArgumentException("the after-tax measure needs a scenario with a tax block");
        }
        Evaluation e = new TcoEngine().evaluate(model);
        return new double[] {e.options().get(option).afterTax().orElseThrow().totalCost(),
            e.options().get(model.baselineIndex()).afterTax().orElseThrow().totalCost()};
    }

    private static double figure(ScenarioModel model, int index, Draw draw, FlowBuffer flows, Measure measure) {
        double total = model.evaluateFlows(index, draw, flows);
        if (measure == Measure.TOTAL_COST) {
            return total;
        }
        double pv = 0;
        for (int m = 0; m < model.horizon(); m++) {
            pv += flows.monthly(m) * model.discountFactor(m);
        }
        return pv;
    }

    private static Option withLikelyLeadTime(Option o, BigDecimal likely) {
        Triangular t = leadTime(o);
        Triangular moved = t == null ? new Triangular(likely.min(BigDecimal.ZERO), likely, likely.max(BigDecimal.ZERO))
                : new Triangular(t.min().min(likely), likely, t.max().max(likely));
        if (o.quote() instanceof ServerQuote q) {
            return o.withQuote(q.withLeadTimeMonths(moved));
        }
        return o.withQuote(rental(o).withLeadTimeMonths(moved));
    }

    private static BigDecimal clampChange(BigDecimal pct) {
        return pct.max(new BigDecimal("-100")).min(new BigDecimal("100"));
    }

    /** The quote at a net dense price per PFLOPS-year before vouchers, in the base currency. */
    private static RentalQuote densePriced(RentalQuote q, Money price) {
        return q.withNetDensePrice(price);
    }

    private static Scenario replace(Scenario s, int index, Option option) {
        List<Option> options = new ArrayList<>(s.options());
        options.set(index, option);
        return s.withOptions(options);
    }

    private static Triangular leadTime(Option o) {
        if (o.quote() instanceof ServerQuote q) {
            return q.leadTimeMonths();
        }
        return ((RentalQuote) o.quote()).leadTimeMonths();
    }

    private static ServerQuote server(Option o) {
        if (o.quote() instanceof ServerQuote q) {
            return q;
        }
        throw new IllegalArgumentException(o.id() + " is not a build option");
    }

    private static RentalQuote rental(Option o) {
        if (o.quote() instanceof RentalQuote q) {
            return q;
        }
        throw new IllegalArgumentException(o.id() + " is not a rent option");
    }

    /** Section 9's price per dense PFLOPS-year, net of VAT, of a per-PFLOPS-year or hourly quote. */
    static double densePrice(Scenario s, RentalQuote q) {
        double divisor = q.pricesIncludeVat() ? 1 + q.vatRatePct().doubleValue() / 100.0 : 1.0;
        double onOwnBasis = q.perYearOnBasis(q.quotedPrice().inBase(s.rates()) / divisor);
        return onOwnBasis / q.pflopsBasis().denseFactor();
    }

    private static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite value: " + value);
        }
        return new BigDecimal(Double.toString(value == 0 ? 0.0 : value));
    }
}
