package com.computetco.cli;

import com.computetco.engine.AfterTaxResult;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.text.Verdict;
import java.util.List;

/**
 * The {@code evaluate --format table} view: the results table, the cost breakdown and the verdict, and with a tax block
 * the after-tax section (methodology section 13).
 */
final class EvaluationTable {
    private final Messages messages;
    private final AmountFormat format;

    EvaluationTable(Messages messages) {
        this.messages = messages;
        this.format = new AmountFormat(messages.locale(), false);
    }

    String render(Evaluation e) {
        StringBuilder out = new StringBuilder();
        out.append(messages.format("cli.table.heading", e.scenarioName(), e.currency(), e.horizonMonths(),
                format.decimals(e.demandPflops(), e.demandPflops() == Math.rint(e.demandPflops()) ? 0 : 2)))
                .append("\n\n");
        out.append(results(e)).append('\n');
        out.append(messages.format("cli.table.components", e.currency())).append('\n');
        out.append(components(e)).append('\n');
        out.append(new Verdict(messages, format).describe(e)).append('\n');
        if (e.options().get(0).afterTax().isPresent()) {
            out.append('\n').append(messages.format("cli.table.afterTax", e.currency())).append('\n');
            out.append(afterTax(e)).append('\n');
            // The same ranking as the window and the report: options in service first, then by after-tax total.
            OptionResult cheapest = e.afterTaxView().orElseThrow().cheapest();
            out.append(messages.format("cli.table.afterTax.cheapest", cheapest.label(),
                    format.amount(cheapest.totalCost()), messages.currencyWord(e.currency()))).append('\n');
        }
        return out.toString();
    }

    /** Section 13's figures, one row per option (scenarios with a tax block). */
    private String afterTax(Evaluation e) {
        String[] header = {messages.get("result.option"), messages.get("result.afterTax.total"),
            messages.get("result.afterTax.presentValue"), messages.get("result.afterTax.vat"),
            messages.get("result.afterTax.incomeTax"), messages.get("result.afterTax.depreciation"),
            messages.get("result.payback"), messages.get("result.discountedPayback"), messages.get("result.irr")};
        boolean[] right = {false, true, true, true, true, true, true, true, true};
        TextTable table = new TextTable(header, right);
        for (OptionResult o : e.options()) {
            AfterTaxResult a = o.afterTax().orElseThrow();
            String label = o.label() + (o.id().equals(e.baselineOptionId())
                    ? messages.parenthetical(messages.get("result.baseline")) : "");
            table.add(label, format.amount(a.totalCost()), format.amount(a.presentValue()), format.amount(a.vat()),
                    format.amount(a.incomeTax()), format.amount(a.depreciation()), payback(a.paybackMonths()),
                    payback(a.discountedPaybackMonths()), format.percent(a.irrPct()));
        }
        return table.render();
    }

    private String results(Evaluation e) {
        String[] header = {messages.get("result.option"), messages.get("result.type"), messages.get("result.servers"),
            messages.get("result.inService"), messages.get("result.totalCost"), messages.get("result.presentValue"),
            messages.get("result.costPerPflopsYear"), messages.get("result.payback"),
            messages.get("result.discountedPayback"), messages.get("result.irr"), messages.get("result.breakEven")};
        boolean[] right = {false, false, true, true, true, true, true, true, true, true, true};
        TextTable table = new TextTable(header, right);
        OptionResult cheapest = e.cheapest();
        for (OptionResult o : e.options()) {
            String label = o.label() + (o.id().equals(e.baselineOptionId())
                    ? messages.parenthetical(messages.get("result.baseline")) : "") + (o == cheapest ? " *" : "");
            // A rental sized up by its minimum says so, as the window's size column does.
            String size = o.isBuild() ? format.decimals(o.servers(), 0) : format.decimals(o.rentedPflops(), 2) + " P"
                    + (o.sizedUpByMinimum() ? messages.get("results.size.minimumMarker") : "");
            String inService = o.inServiceWithinHorizon() ? String.valueOf(o.inServiceMonth())
                    : o.inServiceMonth() + messages.parenthetical(messages.get("result.neverInService"));
            table.add(label, messages.get(o.isBuild() ? "option.type.build" : "option.type.rent"), size, inService,
                    format.amount(o.totalCost()), format.amount(o.presentValue()),
                    format.amount(o.costPerPflopsYear()), payback(o.paybackMonths()),
                    payback(o.discountedPaybackMonths()), format.percent(o.irrPct()),
                    o.breakEvenRentPricePerPflopsYear() == null ? "—"
                            : format.amount(o.breakEvenRentPricePerPflopsYear()));
        }
        return table.render();
    }

    /**
     * A payback time; 0 means cheaper than the baseline from month 0, which the table says in words (the JSON
     * keeps the number), as the window does, since "0.0 months" reads as an instant payback of an investment.
     */
    private String payback(Double months) {
        return months != null && months == 0.0 ? messages.get("result.fromStart") : format.months(months);
    }

    private String components(Evaluation e) {
        List<OptionResult> options = e.options();
        String[] header = new String[options.size() + 1];
        boolean[] right = new boolean[options.size() + 1];
        header[0] = "";
        for (int i = 0; i < options.size(); i++) {
            header[i + 1] = options.get(i).id();
            right[i + 1] = true;
        }
        TextTable table = new TextTable(header, right);
        for (CostComponent c : CostComponent.values()) {
            String[] row = new String[options.size() + 1];
            row[0] = messages.get("component." + c.key());
            for (int i = 0; i < options.size(); i++) {
                row[i + 1] = format.amount(options.get(i).componentTotal(c));
            }
            table.add(row);
        }
        String[] total = new String[options.size() + 1];
        total[0] = messages.get("result.totalCost");
        for (int i = 0; i < options.size(); i++) {
            total[i + 1] = format.amount(options.get(i).totalCost());
        }
        table.add(total);
        return table.render();
    }
}
