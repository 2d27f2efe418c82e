package com.computetco.ui.comparison;

import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.ServerQuote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What an option made from a quote proposes for the inputs the quote does not give, by platform. A quote for
 * accelerators outside the CUDA ecosystem (Ascend and the like) gets the reference figures' retraining (4.5
 * months, 3 to 6, half productivity meanwhile), a lower efficiency, more operations staff and a lower residual
 * value (shared/model/reference-figures.md §4–5); before, it got 100 % efficiency and no retraining, which
 * flattered it. The proposals are marked in the sheet as defaults to review.
 */
public final class PlatformDefaults {
    /** The option fields a non-CUDA quote proposes, by their path within an option. */
    public static final List<String> PROPOSED = List.of("efficiencyPct", "operationsFte", "residualValuePct",
            "retraining.months", "retraining.productivityLossPct", "retraining.monthsRange.min",
            "retraining.monthsRange.max");
    private static final List<String> NON_CUDA = List.of("ascend", "910", "昇腾", "atlas", "kunlun", "昆仑", "hygon",
            "dcu", "海光", "mlu", "cambricon", "寒武纪", "enflame", "燧原", "biren", "壁仞", "moore threads", "摩尔线程");

    private PlatformDefaults() {
    }

    /** Whether the quote is for accelerators that need the team to leave CUDA. */
    public static boolean isNonCuda(Quote quote) {
        String text;
        if (quote instanceof ServerQuote s) {
            text = s.vendor() + " " + s.model() + " " + s.acceleratorName().orElse("");
        } else {
            RentalQuote r = (RentalQuote) quote;
            text = r.provider() + " " + r.acceleratorName().orElse("");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return NON_CUDA.stream().anyMatch(lower::contains);
    }

    /** The option with the platform's proposals, or unchanged for a CUDA quote. */
    public static Option apply(Option option) {
        if (!isNonCuda(option.quote())) {
            return option;
        }
        boolean build = option.isBuild();
        return new Option(option.id(), option.label(), option.type(), option.quote(), new BigDecimal("85"),
                build ? new BigDecimal("1.5") : new BigDecimal("0.5"), build ? BigDecimal.TEN : BigDecimal.ZERO,
                option.supplierDefaultPct(), new Retraining(new BigDecimal("4.5"), Retraining.DEFAULT_LOSS_PCT,
                        new MinMax(new BigDecimal("3"), new BigDecimal("6"))));
    }
}
