package com.computetco.engine;

import com.computetco.domain.ExchangeRates;
import com.computetco.domain.Financing;
import com.computetco.domain.Hours;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.ServerQuote;
import java.util.List;

/** One option's inputs as doubles in the base currency, converted once per scenario. */
final class OptionModel {
    final String id;
    final String label;
    final boolean build;
    final double efficiency;
    final double operationsFte;
    final double leadTimeLikely;
    final double retrainingMonths;
    /** The productivity loss during retraining in % (section 5). */
    final double retrainingLossPct;

    // build
    final double densePeakPerServer;
    /** Net of VAT (section 9), in the base currency. */
    final double unitPrice;
    final double powerKwPerServer;
    final double installMonths;
    final double networkingShare;
    final double installationCost;
    final int warrantyMonths;
    final double supportShareMonthly;
    final double residualShare;
    final double supplierDefaultShare;
    /** This option's power subsidy: its own where given (v2), else the scenario's. */
    final double subsidyShare;
    /** Section 10: per entry, the share of capex, the event and the months after it. */
    final double[] paymentShares;
    final PaymentEvent[] paymentEvents;
    final int[] paymentAfterMonths;
    /** The sum of the shares due at signing, whenever due: what a defaulting supplier keeps. */
    final double signingShare;
    /** Section 11; financedShare 0 without financing. */
    final double financedShare;
    final double loanMonthlyRate;
    final int loanTermMonths;
    final double balloonShare;
    /** VAT rate of the option's own quote as a share (servers 13 %, compute services 6 % by default). */
    final double vatShare;

    // rent
    final double densePricePerPflopsYear;
    final double annualPriceChangePct;
    final double minimumPflops;
    final double setupFee;
    final double voucherShare;
    /** Turns a price per dense PFLOPS-year, net, into the quote's own way of stating it (section 9). */
    final double asQuotedFactor;

    OptionModel(Option option, ExchangeRates rates, double scenarioSubsidyShare) {
        id = option.id();
        label = option.label();
        build = option.isBuild();
        efficiency = option.efficiencyPct().doubleValue() / 100.0;
        operationsFte = option.operationsFte().doubleValue();
        Retraining retraining = option.retrainingPlan().orElse(Retraining.none());
        retrainingMonths = retraining.months().doubleValue();
        retrainingLossPct = retraining.productivityLossPct().doubleValue();

        if (option.quote() instanceof ServerQuote q) {
            vatShare = q.vatRatePct().doubleValue() / 100.0;
            double vatDivisor = q.pricesIncludeVat() ? 1 + vatShare : 1.0;
            densePeakPerServer = q.peakPflopsPerServer().doubleValue() * q.pflopsBasis().denseFactor();
            unitPrice = net(q.unitPrice(), vatDivisor, rates);
            powerKwPerServer = q.powerKwPerServer().doubleValue();
            leadTimeLikely = q.leadTimeMonths().likely().doubleValue();
            installMonths = q.installMonths().doubleValue();
            networkingShare = q.networkingPct().doubleValue() / 100.0;
            installationCost = q.installationCostMoney().map(m -> net(m, vatDivisor, rates)).orElse(0.0);
            warrantyMonths = q.warrantyMonths();
            supportShareMonthly = q.supportPctPerYear().doubleValue() / 100.0 / 12.0;
            residualShare = option.residualValuePct().doubleValue() / 100.0;
            supplierDefaultShare = option.supplierDefaultPct().doubleValue() / 100.0;
            subsidyShare = option.electricitySubsidyPctValue() == null ? scenarioSubsidyShare
                    : option.electricitySubsidyPctValue().doubleValue() / 100.0;
            List<PaymentEntry> schedule = q.schedule().orElse(null);
            if (schedule == null) {
                // Version 1: the prepayment at signing, the rest at acceptance.
                double prepayment = q.prepaymentPct().doubleValue() / 100.0;
                paymentShares = new double[] {prepayment, 1 - prepayment};
                paymentEvents = new PaymentEvent[] {PaymentEvent.SIGNING, PaymentEvent.ACCEPTANCE};
                paymentAfterMonths = new int[] {0, 0};
            } else {
                paymentShares = new double[schedule.size()];
                paymentEvents = new PaymentEvent[schedule.size()];
                paymentAfterMonths = new int[schedule.size()];
                for (int i = 0; i < schedule.size(); i++) {
                    paymentShares[i] = schedule.get(i).pct().doubleValue() / 100.0;
                    paymentEvents[i] = schedule.get(i).at();
                    paymentAfterMonths[i] = schedule.get(i).afterMonths();
                }
            }
            double signing = 0;
            for (int i = 0; i < paymentShares.length; i++) {
                if (paymentEvents[i] == PaymentEvent.SIGNING) {
                    signing += paymentShares[i];
                }
            }
            signingShare = signing;
            Financing f = option.financingPlan().orElse(null);
            financedShare = f == null ? 0 : f.financedPct().doubleValue() / 100.0;
            loanMonthlyRate = f == null ? 0 : f.annualRatePct().doubleValue() / 1200.0;
            loanTermMonths = f == null ? 0 : f.termMonths();
            balloonShare = f == null ? 0 : f.balloonPct().doubleValue() / 100.0;
            densePricePerPflopsYear = 0;
            annualPriceChangePct = 0;
            minimumPflops = 0;
            setupFee = 0;
            voucherShare = 0;
            asQuotedFactor = 0;
        } else {
            RentalQuote q = (RentalQuote) option.quote();
            vatShare = q.vatRatePct().doubleValue() / 100.0;
            double vatDivisor = q.pricesIncludeVat() ? 1 + vatShare : 1.0;
            // 元/卡时: an accelerator-hour of pflopsPerAccelerator PFLOPS, 8760 hours a year.
            double onOwnBasis = q.perYearOnBasis(net(q.quotedPrice(), vatDivisor, rates));
            double perYearFactor = q.hourly() ? q.pflopsPerAccelerator().doubleValue() / Hours.PER_YEAR : 1.0;
            // A price per sparse PFLOPS-year buys half a dense PFLOPS: the dense price is double.
            densePricePerPflopsYear = onOwnBasis / q.pflopsBasis().denseFactor();
            asQuotedFactor = q.pflopsBasis().denseFactor() * perYearFactor * vatDivisor;
            annualPriceChangePct = q.annualPriceChangePct().doubleValue();
            minimumPflops = q.minimumPflops().doubleValue();
            setupFee = q.setupFeeMoney().map(m -> net(m, vatDivisor, rates)).orElse(0.0);
            voucherShare = q.voucherPct().doubleValue() / 100.0;
            leadTimeLikely = q.leadTime().map(t -> t.likely().doubleValue()).orElse(0.0);
            densePeakPerServer = 0;
            unitPrice = 0;
            powerKwPerServer = 0;
            installMonths = 0;
            networkingShare = 0;
            installationCost = 0;
            warrantyMonths = 0;
            supportShareMonthly = 0;
            residualShare = 0;
            supplierDefaultShare = 0;
            subsidyShare = 0;
            paymentShares = new double[0];
            paymentEvents = new PaymentEvent[0];
            paymentAfterMonths = new int[0];
            signingShare = 0;
            financedShare = 0;
            loanMonthlyRate = 0;
            loanTermMonths = 0;
            balloonShare = 0;
        }
    }

    /** X(money) of a quote's amount net of VAT (section 9): divided by 1 + rate where the quote includes VAT. */
    private static double net(Money money, double vatDivisor, ExchangeRates rates) {
        double amount = money.inBase(rates);
        return vatDivisor == 1.0 ? amount : amount / vatDivisor;
    }

    /** The derived parameters a report shows as formula inputs. */
    OptionParameters parameters() {
        return new OptionParameters(densePeakPerServer, unitPrice, installationCost, signingShare, subsidyShare,
                densePricePerPflopsYear, setupFee);
    }

    /** Servers needed to deliver the demand: max(1, ceil(D / (peak × e))). */
    double servers(double demand) {
        return Math.max(1, Months.ceil(demand / (densePeakPerServer * efficiency)));
    }

    /** Capacity a rent option pays for: max(D / e, minimum). */
    double rentedPflops(double demand) {
        return Math.max(demand / efficiency, minimumPflops);
    }

    boolean financed() {
        return financedShare > 0;
    }
}
