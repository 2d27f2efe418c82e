package com.computetco.ui.quotes;

import com.computetco.domain.Money;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the quote library: a quote, where it came from, and its texts for the table, worked out for one
 * language, one scenario (base currency and exchange rates) and one day. Immutable: when the language or the
 * scenario changes, the ViewModel replaces each entry with {@link #refreshed}.
 *
 * <p>The numeric fields ({@code basePriceValue}, {@code densePflops}, {@code powerKw}, {@code leadTimeLikely})
 * are sort keys; they are null where the column shows "—".
 *
 * @param quote the quote as read
 * @param origin where the file came from
 * @param fileName the file's name, such as {@code dealer-hgx-h100.quote.json}
 * @param path the file on disk, or null for a bundled sample
 * @param supplier vendor (servers) or provider (rentals)
 * @param model server model, or the accelerator for rentals ("—" when a rental names none)
 * @param kindText "Server" or "Rental", localized
 * @param basePriceText the price in the scenario's base currency: per server, or per dense P-year for rentals
 *        (a sparse-basis rental quote counts double); "—" when it cannot be converted
 * @param basePriceValue that price as a number, or null when it cannot be converted
 * @param converted whether the base-currency price could be worked out
 * @param priceTooltip how the base-currency price was obtained, or why there is none
 * @param originalPriceText the price as quoted: "25,000 USD"
 * @param pflopsText peak PFLOPS per server and its basis ("7.9 dense"); "—" for rentals
 * @param densePflops dense PFLOPS per server, or null for rentals
 * @param pflopsTooltip the per-server compute in words
 * @param kwText rated kW per server ("10.2"); "—" for rentals
 * @param powerKw rated kW per server, or null for rentals
 * @param leadTimeText lead time in months, minimum / likely / maximum ("2 / 4 / 9")
 * @param leadTimeLikely the likely lead time in months
 * @param quoteDateText the quote date (ISO), or "—"
 * @param validUntilText the last valid day (ISO), with a ⚠ in front once expired; or "—"
 * @param expired whether the quote's validity ended before the day the entry was made for
 * @param expiredTooltip "This quote expired on …", or "" when not expired
 * @param originText where the file came from, localized
 * @param detailsTooltip supplier, model, file, origin and source, for a row tooltip
 */
public record QuoteEntry(
        Quote quote,
        Origin origin,
        String fileName,
        Path path,
        String supplier,
        String model,
        String kindText,
        String basePriceText,
        Double basePriceValue,
        boolean converted,
        String priceTooltip,
        String originalPriceText,
        String pflopsText,
        Double densePflops,
        String pflopsTooltip,
        String kwText,
        Double powerKw,
        String leadTimeText,
        double leadTimeLikely,
        String quoteDateText,
        String validUntilText,
        boolean expired,
        String expiredTooltip,
        String originText,
        String detailsTooltip) {

    /** Where a quote file came from. */
    public enum Origin {
        /** A sample shipped inside the application. */
        BUNDLED("quotes.origin.bundled"),
        /** A file in the user's quote folder (~/.compute-tco/quotes). */
        USER("quotes.origin.user"),
        /** A file the user imported in this session. */
        IMPORTED("quotes.origin.imported");

        private final String messageKey;

        Origin(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    static final String NONE = "—";

    public QuoteEntry {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fileName, "fileName");
    }

    /**
     * Describes a quote for the table.
     *
     * @param scenario gives the base currency and exchange rates; null when no scenario is open (then there is
     *        no base-currency price)
     * @param today the day against which {@code validUntil} is judged
     */
    public static QuoteEntry describe(Quote quote, Origin origin, String fileName, Path path, Messages messages,
            Scenario scenario, LocalDate today) {
        return new Describer(messages, scenario, today).describe(quote, origin, fileName, path);
    }

    /** The same quote described again for another language, scenario or day. */
    public QuoteEntry refreshed(Messages messages, Scenario scenario, LocalDate today) {
        return describe(quote, origin, fileName, path, messages, scenario, today);
    }

    /** The accelerator named by the quote, if any. */
    public Optional<String> accelerator() {
        if (quote instanceof ServerQuote s) {
            return s.acceleratorName();
        }
        return ((RentalQuote) quote).acceleratorName();
    }

    /**
     * Whether every word of the filter occurs (ignoring case) in the supplier, model, accelerator, source, file
     * name, kind or origin. A blank filter matches everything.
     */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String haystack = searchText();
        for (String word : filter.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private String searchText() {
        List<String> parts = new ArrayList<>();
        parts.add(quote.supplier());
        if (quote instanceof ServerQuote s) {
            parts.add(s.model());
        }
        accelerator().ifPresent(parts::add);
        quote.source().ifPresent(parts::add);
        parts.add(fileName);
        parts.add(kindText);
        parts.add(originText);
        return String.join("\n", parts).toLowerCase(Locale.ROOT);
    }

    /** Works out the texts for one language, scenario and day. */
    private static final class Describer {
        private final Messages messages;
        private final Scenario scenario;
        private final LocalDate today;
        private final AmountFormat amounts;
        private final NumberFormat numbers;

        Describer(Messages messages, Scenario scenario, LocalDate today) {
            this.messages = Objects.requireNonNull(messages, "messages");
            this.scenario = scenario;
            this.today = Objects.requireNonNull(today, "today");
            // Chinese readers take prices in 万 and 亿 (shared/design/glossary.md).
            this.amounts = new AmountFormat(messages.locale(), messages.isChinese());
            this.numbers = NumberFormat.getNumberInstance(messages.locale());
            numbers.setGroupingUsed(true);
            numbers.setMinimumFractionDigits(0);
            numbers.setMaximumFractionDigits(3);
            numbers.setRoundingMode(java.math.RoundingMode.HALF_UP);
        }

        QuoteEntry describe(Quote quote, Origin origin, String fileName, Path path) {
            return quote instanceof ServerQuote s
                    ? server(s, origin, fileName, path)
                    : rental((RentalQuote) quote, origin, fileName, path);
        }

        private QuoteEntry server(ServerQuote q, Origin origin, String fileName, Path path) {
            Price price = price(q.unitPrice(), BigDecimal.ONE, "quotes.price.perServer");
            String tooltip = price.tooltip;
            String peak = number(q.peakPflopsPerServer());
            double dense = q.peakPflopsPerServer().doubleValue() * q.pflopsBasis().denseFactor();
            String pflopsText = messages.format("quotes.pflops.value", peak, basis(q.pflopsBasis()));
            String pflopsTooltip = messages.format("quotes.pflops.tooltip", peak, basis(q.pflopsBasis()),
                    number(BigDecimal.valueOf(dense)), q.acceleratorsPerServer(), q.acceleratorName().orElse(NONE));
            return entry(q, origin, fileName, path, q.model(), messages.get("quotes.kind.server"), price, tooltip,
                    original(q.unitPrice(), q.pflopsBasis(), false), pflopsText, dense, pflopsTooltip,
                    number(q.powerKwPerServer()), q.powerKwPerServer().doubleValue(), q.leadTimeMonths());
        }

        private QuoteEntry rental(RentalQuote q, Origin origin, String fileName, Path path) {
            // A price p per sparse PFLOPS-year is a price of 2p per dense PFLOPS-year (tco-model.md section 1).
            BigDecimal toDense = q.pflopsBasis() == PflopsBasis.SPARSE ? BigDecimal.valueOf(2) : BigDecimal.ONE;
            Price price = price(q.yearlyPriceOnBasis(), toDense, "quotes.price.perPflopsYear");
            StringBuilder tooltip = new StringBuilder(price.tooltip);
            if (q.pflopsBasis() == PflopsBasis.SPARSE) {
                Money quoted = q.yearlyPriceOnBasis();
                tooltip.append('\n').append(messages.format("quotes.price.sparse.tooltip",
                        money(quoted.amount(), quoted.currency()),
                        money(quoted.amount().multiply(toDense), quoted.currency())));
            }
            if (q.voucherPct().signum() > 0) {
                tooltip.append('\n').append(messages.format("quotes.price.voucher.tooltip", number(q.voucherPct())));
            }
            Triangular lead = q.leadTime().orElse(Triangular.point(BigDecimal.ZERO));
            return entry(q, origin, fileName, path, q.acceleratorName().orElse(NONE),
                    messages.get("quotes.kind.rental"), price, tooltip.toString(),
                    original(q.yearlyPriceOnBasis(), q.pflopsBasis(), true), NONE, null,
                    messages.get("quotes.pflops.rental.tooltip"), NONE, null, lead);
        }

        private QuoteEntry entry(Quote q, Origin origin, String fileName, Path path, String model, String kindText,
                Price price, String priceTooltip, String originalText, String pflopsText, Double densePflops,
                String pflopsTooltip, String kwText, Double powerKw, Triangular lead) {
            String quoteDate = q.quoteDate().map(LocalDate::toString).orElse(NONE);
            boolean expired = q.isExpiredOn(today);
            String validUntil = q.validUntil()
                    .map(d -> expired ? messages.format("quotes.expired.badge", d.toString()) : d.toString())
                    .orElse(NONE);
            String expiredTooltip = expired
                    ? messages.format("quotes.expired.tooltip", q.validUntil().orElseThrow().toString())
                    : "";
            String originText = messages.get(origin.messageKey());
            String details = messages.format("quotes.details.tooltip", q.supplier(), model, fileName, originText,
                    q.source().orElse(NONE));
            if (expired) {
                details = expiredTooltip + "\n" + details;
            }
            return new QuoteEntry(q, origin, fileName, path, q.supplier(), model, kindText, price.text, price.value,
                    price.value != null, priceTooltip, originalText, pflopsText, densePflops, pflopsTooltip, kwText,
                    powerKw, leadTime(lead), lead.likely().doubleValue(), quoteDate, validUntil, expired,
                    expiredTooltip, originText, details);
        }

        /** The quoted amount times {@code factor}, in the base currency, with its unit ("per server"). */
        private Price price(Money quoted, BigDecimal factor, String unitKey) {
            BigDecimal amount = quoted.amount().multiply(factor);
            if (scenario == null) {
                return new Price(NONE, null, messages.get("quotes.price.noScenario.tooltip"));
            }
            String base = scenario.currency();
            BigDecimal rate = scenario.rates().rate(quoted.currency()).orElse(null);
            if (rate == null) {
                return new Price(messages.get("quotes.price.noRate"), null,
                        messages.format("quotes.price.noRate.tooltip", quoted.currency(), base));
            }
            BigDecimal inBase = new Money(amount, quoted.currency()).convertedTo(base, rate).amount();
            String text = messages.format(unitKey, money(inBase, base));
            String tooltip = quoted.currency().equals(base)
                    ? text
                    : messages.format("quotes.price.converted.tooltip", money(amount, quoted.currency()),
                            number(rate), text);
            return new Price(text, inBase.doubleValue(), tooltip);
        }

        private String original(Money quoted, PflopsBasis basis, boolean rental) {
            String text = money(quoted.amount(), quoted.currency());
            return rental && basis == PflopsBasis.SPARSE ? messages.format("quotes.price.original.sparse", text)
                    : text;
        }

        private String money(BigDecimal amount, String currency) {
            return amounts.money(amount.doubleValue(), currency);
        }

        private String basis(PflopsBasis basis) {
            return messages.get(basis == PflopsBasis.SPARSE ? "quotes.basis.sparse" : "quotes.basis.dense");
        }

        private String leadTime(Triangular lead) {
            return number(lead.min()) + " / " + number(lead.likely()) + " / " + number(lead.max());
        }

        private String number(BigDecimal value) {
            return numbers.format(value);
        }
    }

    private record Price(String text, Double value, String tooltip) {
    }
}
