package com.computetco.template;

/**
 * The columns of the vendor quote template's Quote sheet, in order. Each names the quote field it fills for a
 * server row and for a rental row (null when the column does not apply to that kind), so that the writer, the
 * reader and the mapping of a validation problem back to its cell share one table.
 */
enum TemplateColumn {
    KIND("kind", Type.CHOICE, "kind", "kind", Need.BOTH, 11),
    SUPPLIER("supplier", Type.TEXT, "vendor", "provider", Need.BOTH, 24),
    MODEL("model", Type.TEXT, "model", null, Need.SERVER, 20),
    ACCELERATOR("accelerator", Type.TEXT, "accelerator", "accelerator", Need.NONE, 14),
    ACCELERATORS("accelerators", Type.INTEGER, "acceleratorsPerServer", null, Need.NONE, 13),
    PEAK_PFLOPS("peakPflops", Type.NUMBER, "peakPflopsPerServer", null, Need.SERVER, 13),
    BASIS("basis", Type.CHOICE, "pflopsBasis", "pflopsBasis", Need.NONE, 12),
    PRICE("price", Type.NUMBER, "unitPrice.amount", "pricePerPflopsYear.amount", Need.BOTH, 16),
    CURRENCY("currency", Type.CHOICE, "unitPrice.currency", "pricePerPflopsYear.currency", Need.BOTH, 11),
    POWER_KW("powerKw", Type.NUMBER, "powerKwPerServer", null, Need.SERVER, 13),
    LEAD_MIN("leadMin", Type.NUMBER, "leadTimeMonths.min", "leadTimeMonths.min", Need.SERVER, 12),
    LEAD_LIKELY("leadLikely", Type.NUMBER, "leadTimeMonths.likely", "leadTimeMonths.likely", Need.SERVER, 12),
    LEAD_MAX("leadMax", Type.NUMBER, "leadTimeMonths.max", "leadTimeMonths.max", Need.SERVER, 12),
    INSTALL_MONTHS("installMonths", Type.NUMBER, "installMonths", null, Need.NONE, 12),
    PREPAYMENT("prepayment", Type.PERCENT, "prepaymentPct", null, Need.NONE, 12),
    NETWORKING("networking", Type.PERCENT, "networkingPct", null, Need.NONE, 13),
    INSTALLATION_COST("installationCost", Type.NUMBER, "installationCost.amount", null, Need.NONE, 14),
    WARRANTY("warranty", Type.INTEGER, "warrantyMonths", null, Need.NONE, 12),
    SUPPORT("support", Type.PERCENT, "supportPctPerYear", null, Need.NONE, 13),
    PENALTY("penalty", Type.YES_NO, "lateDeliveryPenalty", null, Need.NONE, 13),
    PRICE_CHANGE("priceChange", Type.PERCENT, null, "annualPriceChangePct", Need.NONE, 14),
    MINIMUM_PFLOPS("minimumPflops", Type.NUMBER, null, "minimumPflops", Need.NONE, 13),
    SETUP_FEE("setupFee", Type.NUMBER, null, "setupFee.amount", Need.NONE, 13),
    VOUCHER("voucher", Type.PERCENT, null, "voucherPct", Need.NONE, 12),
    QUOTE_DATE("quoteDate", Type.DATE, "quoteDate", "quoteDate", Need.NONE, 12),
    VALID_UNTIL("validUntil", Type.DATE, "validUntil", "validUntil", Need.NONE, 12),
    SOURCE("source", Type.TEXT, "source", "source", Need.NONE, 48),
    // Methodology version 2 (sections 9 and 10), after the version-1 columns so that those keep their letters.
    VAT_INCLUDED("vatIncluded", Type.YES_NO, "pricesIncludeVat", "pricesIncludeVat", Need.NONE, 13),
    VAT_RATE("vatRate", Type.PERCENT, "vatRatePct", "vatRatePct", Need.NONE, 11),
    PRICE_PER_CARD_HOUR("pricePerCardHour", Type.NUMBER, null, "pricePerAcceleratorHour.amount", Need.NONE, 14),
    PFLOPS_PER_CARD("pflopsPerCard", Type.NUMBER, null, "pflopsPerAccelerator", Need.NONE, 12),
    PAYMENT_TERMS("paymentTerms", Type.TEXT, "paymentSchedule", null, Need.NONE, 36);

    /** How a cell is read and which validation it gets. */
    enum Type { TEXT, CHOICE, NUMBER, INTEGER, PERCENT, YES_NO, DATE }

    /** For which kind of row the column must be filled in. */
    enum Need { NONE, SERVER, BOTH }

    static final String SERVER = "server";
    static final String RENTAL = "rental";

    private final String key;
    private final Type type;
    private final String serverPath;
    private final String rentalPath;
    private final Need need;
    private final int width;

    TemplateColumn(String key, Type type, String serverPath, String rentalPath, Need need, int width) {
        this.key = key;
        this.type = type;
        this.serverPath = serverPath;
        this.rentalPath = rentalPath;
        this.need = need;
        this.width = width;
    }

    /** The bundle key suffix: {@code template.column.KEY} (header) and {@code template.note.KEY} (explanation). */
    String key() {
        return key;
    }

    Type type() {
        return type;
    }

    /** The quote field this column fills in a row of the given kind, or null when it does not apply. */
    String path(String kind) {
        return SERVER.equals(kind) ? serverPath : RENTAL.equals(kind) ? rentalPath : null;
    }

    boolean appliesTo(String kind) {
        return path(kind) != null;
    }

    boolean requiredFor(String kind) {
        return need == Need.BOTH || need == Need.SERVER && SERVER.equals(kind);
    }

    /** Required for some kind of row: its header is marked. */
    boolean requiredForSome() {
        return need != Need.NONE;
    }

    /** Column width in characters. */
    int width() {
        return width;
    }

    /** The field's name in a problem: "price", "lead time, likely", "vendor" or "provider" by the row's kind. */
    String label(String kind) {
        return switch (this) {
            case KIND -> "kind";
            case SUPPLIER -> RENTAL.equals(kind) ? "provider" : SERVER.equals(kind) ? "vendor" : "vendor/provider";
            case MODEL -> "model";
            case ACCELERATOR -> "accelerator";
            case ACCELERATORS -> "accelerators per server";
            case PEAK_PFLOPS -> "peak PFLOPS per server";
            case BASIS -> "PFLOPS basis";
            case PRICE -> "price";
            case CURRENCY -> "currency";
            case POWER_KW -> "power per server (kW)";
            case LEAD_MIN -> "lead time min";
            case LEAD_LIKELY -> "lead time likely";
            case LEAD_MAX -> "lead time max";
            case INSTALL_MONTHS -> "install months";
            case PREPAYMENT -> "prepayment %";
            case NETWORKING -> "networking %";
            case INSTALLATION_COST -> "installation cost";
            case WARRANTY -> "warranty months";
            case SUPPORT -> "support % per year";
            case PENALTY -> "late delivery penalty";
            case PRICE_CHANGE -> "annual price change %";
            case MINIMUM_PFLOPS -> "minimum PFLOPS";
            case SETUP_FEE -> "setup fee";
            case VOUCHER -> "voucher %";
            case QUOTE_DATE -> "quote date";
            case VALID_UNTIL -> "valid until";
            case SOURCE -> "source";
            case VAT_INCLUDED -> "prices include VAT";
            case VAT_RATE -> "VAT rate %";
            case PRICE_PER_CARD_HOUR -> "price per card-hour";
            case PFLOPS_PER_CARD -> "PFLOPS per card";
            case PAYMENT_TERMS -> "payment terms";
        };
    }
}
