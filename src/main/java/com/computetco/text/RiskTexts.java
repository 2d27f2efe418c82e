package com.computetco.text;

import com.computetco.engine.risk.BreakEvenAnswer;
import com.computetco.engine.risk.BreakEvenResult;
import com.computetco.engine.risk.Input;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The risk view's sentences and values, shared by the window and the CLI so both read the same. */
public final class RiskTexts {
    /** The clauses a break-even sentence names at most: the first answered inputs (rent, server price, power). */
    public static final int SENTENCE_CLAUSES = 3;
    private final Messages messages;
    private final AmountFormat format;

    public RiskTexts(Messages messages, AmountFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** "Atlas 800T A2 matches leasing if the rent is at least 253,000 CNY per P-year, or ..." */
    public String breakEvenSentence(BreakEvenResult r) {
        boolean cheaper = r.optionTotal() <= r.baselineTotal();
        List<String> clauses = new ArrayList<>();
        for (BreakEvenAnswer a : r.answers()) {
            if (a.value() != null && clauses.size() < SENTENCE_CLAUSES) {
                clauses.add(messages.format("risk.breakeven.clause." + a.cheaperWhen().key(),
                        messages.get("risk.phrase." + a.input().key()),
                        value(a.input(), a.value(), messages.currencyWord(r.currency()))));
            }
        }
        if (clauses.isEmpty()) {
            return messages.format(cheaper ? "risk.breakeven.none.cheaper" : "risk.breakeven.none.dearer",
                    r.optionLabel(), r.baselineLabel());
        }
        String joined = String.join(messages.get(cheaper ? "risk.breakeven.and" : "risk.breakeven.or"), clauses);
        return messages.tidy(messages.format(cheaper ? "risk.breakeven.sentence.cheaper"
                : "risk.breakeven.sentence.dearer", r.optionLabel(), r.baselineLabel(), joined));
    }

    /** A value of an input in its unit, for tables and sentences. */
    public String value(Input input, double value, String currency) {
        return switch (input.unit()) {
            case MONEY -> messages.format("risk.value.money", format.amount(value), currency);
            case MONEY_PER_KWH -> messages.format("risk.value.perKwh", format.decimals(value, 3), currency);
            case MONEY_PER_PFLOPS_YEAR -> messages.format("risk.value.perPflopsYear", format.amount(value), currency);
            case PERCENT -> messages.format("risk.value.percent", format.decimals(value, 1));
            case MONTHS -> messages.format("risk.value.months", format.decimals(value, 1));
            case NUMBER -> format.decimals(value, 2);
            case PFLOPS -> messages.format("risk.value.pflops", format.decimals(value, 1));
            case YEARS -> messages.format("risk.value.years", format.decimals(value, 0));
            case YES_NO -> yesNo(value);
        };
    }

    /** A yes/no input (VAT recoverable): 1 is yes. */
    public String yesNo(double value) {
        return messages.get(value >= 0.5 ? "risk.value.yes" : "risk.value.no");
    }

    /** A share as a whole percentage, "62%"; a share that is neither 0 nor 1 never rounds to "0%" or "100%". */
    public String percent(double share) {
        double pct = share * 100;
        if (share > 0 && pct < 0.5) {
            return "<1%";
        }
        if (share < 1 && pct >= 99.5) {
            return ">99%";
        }
        return format.decimals(pct, 0) + "%";
    }

    public String inputName(Input input) {
        return messages.get("risk.input." + input.key());
    }
}
