package com.computetco.engine;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.ServerQuote;
import java.math.BigDecimal;
import java.util.Map;

/** One option's inputs as doubles in the base currency, converted once per scenario. */
final class OptionModel {
    final String id;
    final String label;
    final boolean build;
    final double efficiency;
    final double operationsPerMonth;
    final double leadTimeLikely;
    final double retrainingMonths;
    final double retrainingLossPerMonth;

    // build
    final double densePeakPerServer;
    final double unitPrice;
    final double powerKwPerServer;
    final double installMonths;
    final double prepaymentShare;
    final double networkingShare;
    final double installationCost;
    final int warrantyMonths;
    final double supportShareMonthly;
    final double residualShare;
    final double supplierDefaultShare;

    // rent
    final double densePricePerPflopsYear;
    final double annualPriceChangePct;
    final double minimumPflops;
    final double setupFee;
    final double voucherShare;

    OptionModel(Option option, String baseCurrency, Map<String, BigDecimal> rates, double engineerMonthCost,
            int engineers) {
        id = option.id();
        label = option.label();
        build = option.isBuild();
        efficiency = option.efficiencyPct().doubleValue() / 100.0;
        operationsPerMonth = option.operationsFte().doubleValue() * engineerMonthCost;
        Retraining retraining = option.retrainingPlan().orElse(Retraining.none());
        retrainingMonths = retraining.months().doubleValue();
        retrainingLossPerMonth = engineers * engineerMonthCost * retraining.productivityLossPct().doubleValue() / 100.0;

        if (option.quote() instanceof ServerQuote q) {
            densePeakPerServer = q.peakPflopsPerServer().doubleValue() * q.pflopsBasis().denseFactor();
            unitPrice = inBase(q.unitPrice(), baseCurrency, rates);
            powerKwPerServer = q.powerKwPerServer().doubleValue();
            leadTimeLikely = q.leadTimeMonths().likely().doubleValue();
            installMonths = q.installMonths().doubleValue();
            prepaymentShare = q.prepaymentPct().doubleValue() / 100.0;
            networkingShare = q.networkingPct().doubleValue() / 100.0;
            installationCost = q.installationCostMoney().map(m -> inBase(m, baseCurrency, rates)).orElse(0.0);
            warrantyMonths = q.warrantyMonths();
            supportShareMonthly = q.supportPctPerYear().doubleValue() / 100.0 / 12.0;
            residualShare = option.residualValuePct().doubleValue() / 100.0;
            supplierDefaultShare = option.supplierDefaultPct().doubleValue() / 100.0;
            densePricePerPflopsYear = 0;
            annualPriceChangePct = 0;
            minimumPflops = 0;
            setupFee = 0;
            voucherShare = 0;
        } else {
            RentalQuote q = (RentalQuote) option.quote();
            // A price per sparse PFLOPS-year buys half a dense PFLOPS: the dense price is double.
            densePricePerPflopsYear = inBase(q.pricePerPflopsYear(), baseCurrency, rates) / q.pflopsBasis().denseFactor();
            annualPriceChangePct = q.annualPriceChangePct().doubleValue();
            minimumPflops = q.minimumPflops().doubleValue();
            setupFee = q.setupFeeMoney().map(m -> inBase(m, baseCurrency, rates)).orElse(0.0);
            voucherShare = q.voucherPct().doubleValue() / 100.0;
            leadTimeLikely = q.leadTime().map(t -> t.likely().doubleValue()).orElse(0.0);
            densePeakPerServer = 0;
            unitPrice = 0;
            powerKwPerServer = 0;
            installMonths = 0;
            prepaymentShare = 0;
            networkingShare = 0;
            installationCost = 0;
            warrantyMonths = 0;
            supportShareMonthly = 0;
            residualShare = 0;
            supplierDefaultShare = 0;
        }
    }

    /** X(money) of the methodology: the amount in the base currency. */
    static double inBase(Money money, String baseCurrency, Map<String, BigDecimal> rates) {
        double amount = money.amount().doubleValue();
        if (money.currency().equals(baseCurrency)) {
            return amount;
        }
        BigDecimal rate = rates.get(money.currency());
        if (rate == null) {
            throw new IllegalArgumentException("no exchange rate for \"" + money.currency() + "\"");
        }
        return amount * rate.doubleValue();
    }

    /** Servers needed to deliver the demand: max(1, ceil(D / (peak × e))). */
    double servers(double demand) {
        return Math.max(1, Months.ceil(demand / (densePeakPerServer * efficiency)));
    }

    /** Capacity a rent option pays for: max(D / e, minimum). */
    double rentedPflops(double demand) {
        return Math.max(demand / efficiency, minimumPflops);
    }
}
