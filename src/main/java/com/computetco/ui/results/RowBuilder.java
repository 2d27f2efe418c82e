package com.computetco.ui.results;

import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.util.List;

/** Turns an evaluation into the results table's rows, in the scenario's order. */
final class RowBuilder {
    private final Messages messages;
    private final AmountFormat format;

    RowBuilder(Messages messages, AmountFormat format) {
        this.messages = messages;
        this.format = format;
    }

    List<ResultRow> rows(Evaluation evaluation) {
        OptionResult cheapest = evaluation.cheapest();
        return evaluation.options().stream()
                .map(o -> row(o, o == cheapest, o.id().equals(evaluation.baselineOptionId())))
                .toList();
    }

    private ResultRow row(OptionResult o, boolean cheapest, boolean baseline) {
        double size = o.isBuild() ? o.servers() : o.rentedPflops();
        String sizeText = o.isBuild() ? format.decimals(size, 0) : format.decimals(size, 2) + " P";
        // A minimum can multiply the bill (790 P paid for against 128 P of demand): say so where the size is.
        String sizeNote = "";
        if (o.sizedUpByMinimum()) {
            sizeText += messages.get("results.size.minimumMarker");
            sizeNote = messages.format("results.note.sizedUpByMinimum", format.decimals(o.rentedPflops(), 2),
                    format.decimals(o.neededPflops(), 2));
        }
        String inService = o.inServiceWithinHorizon() ? Integer.toString(o.inServiceMonth())
                : messages.get("result.neverInService");
        // A rental against the rent baseline "breaks even" at about its own price: no answer worth a column.
        Double breakEven = o.isBuild() ? o.breakEvenRentPricePerPflopsYear() : null;
        String breakEvenNote = !o.isBuild() && !baseline ? messages.get("results.note.rentBreakEven") : "";
        boolean fromStart = o.paybackMonths() != null && o.paybackMonths() == 0.0;
        String paybackText = fromStart ? "—" : format.months(o.paybackMonths());
        String discountedText = fromStart && o.discountedPaybackMonths() != null && o.discountedPaybackMonths() == 0.0
                ? "—" : format.months(o.discountedPaybackMonths());
        String paybackNote = fromStart ? messages.get("results.note.cheaperFromStart") : "";
        return new ResultRow(o.id(), o.label(),
                baseline ? messages.format("results.label.baseline", o.label()) : o.label(),
                messages.get(o.isBuild() ? "option.type.build" : "option.type.rent"), sizeText, inService,
                format.amount(o.totalCost()), format.amount(o.presentValue()), format.amount(o.costPerPflopsYear()),
                paybackText, discountedText,
                format.percent(o.irrPct()), breakEven == null ? "—" : format.amount(breakEven),
                size, o.inServiceMonth(), o.totalCost(), o.presentValue(), o.costPerPflopsYear(),
                o.paybackMonths(), o.discountedPaybackMonths(), o.irrPct(), breakEven, cheapest, baseline,
                paybackNote, breakEvenNote, sizeNote);
    }
}
