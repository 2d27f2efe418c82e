package com.computetco.template;

import static com.computetco.template.TemplateFiles.FIRST_ROW;
import static com.computetco.template.TemplateFiles.MAY_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.PaymentEntry;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.i18n.Messages;
import com.computetco.io.QuoteReader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The vendor template's version-2 columns: VAT included and VAT rate, a card-hour price with PFLOPS per card, and
 * payment terms, read and checked naming the cell; and a remark that the prices include VAT is never silently lost.
 */
class QuoteTemplateVersionTwoTest {
    private static TemplateImport read(byte[] bytes) {
        return QuoteTemplateReader.read(bytes, new QuoteReader(MAY_2024));
    }

    private static TemplateImport row(Map<TemplateColumn, Object> base, Consumer<Map<TemplateColumn, Object>> change) {
        Map<TemplateColumn, Object> values = new EnumMap<>(base);
        change.accept(values);
        return read(TemplateFiles.edit(TemplateFiles.template(), sheet -> TemplateFiles.fill(sheet, FIRST_ROW,
                values)));
    }

    private static String cell(TemplateColumn column) {
        return "Quote!" + CellReference.convertNumToColString(column.ordinal()) + FIRST_ROW;
    }

    @Test
    void theTemplateHasTheNewColumnsInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            byte[] bytes = QuoteTemplateWriter.render(Messages.forLocale(locale));
            try (XSSFWorkbook workbook = new XSSFWorkbook(TemplateFiles.stream(bytes))) {
                var header = workbook.getSheet(QuoteTemplateWriter.QUOTE_SHEET).getRow(0);
                String vat = header.getCell(TemplateColumn.VAT_INCLUDED.ordinal()).getStringCellValue();
                String terms = header.getCell(TemplateColumn.PAYMENT_TERMS.ordinal()).getStringCellValue();
                assertTrue(vat.contains("含税价") && vat.contains("Prices include VAT"), vat);
                assertTrue(terms.contains("付款节点") && terms.contains("Payment terms"), terms);
            }
        }
    }

    @Test
    void aVatInclusiveServerWithPaymentTermsAndARetentionIsRead() {
        TemplateImport imported = row(TemplateFiles.dealerH100(), v -> {
            v.remove(TemplateColumn.PREPAYMENT);
            v.put(TemplateColumn.VAT_INCLUDED, "yes");
            v.put(TemplateColumn.VAT_RATE, 13);
            v.put(TemplateColumn.PAYMENT_TERMS, "30% signing / 60% delivery / 10% acceptance+12");
        });
        assertEquals(List.of(), imported.problems());
        ServerQuote q = (ServerQuote) imported.quotes().get(0);
        assertTrue(q.pricesIncludeVat());
        assertEquals(0, new BigDecimal("13").compareTo(q.vatRatePct()));
        assertEquals(List.of(PaymentEntry.of("30", PaymentEvent.SIGNING, 0), PaymentEntry.of("60",
                PaymentEvent.DELIVERY, 0), PaymentEntry.of("10", PaymentEvent.ACCEPTANCE, 12)).toString(),
                q.schedule().orElseThrow().stream().map(e -> PaymentEntry.of(e.pct().stripTrailingZeros()
                        .toPlainString(), e.at(), e.afterMonths())).toList().toString());
    }

    @Test
    void chinesePaymentTermsAreRead() {
        TemplateImport imported = row(TemplateFiles.dealerH100(), v -> {
            v.remove(TemplateColumn.PREPAYMENT);
            v.put(TemplateColumn.PAYMENT_TERMS, "签约 30%，到货 65%，验收后12个月 5%");
        });
        assertEquals(List.of(), imported.problems(), imported.problems().toString());
        var schedule = ((ServerQuote) imported.quotes().get(0)).schedule().orElseThrow();
        assertEquals(PaymentEvent.ACCEPTANCE, schedule.get(2).at());
        assertEquals(12, schedule.get(2).afterMonths());
    }

    @Test
    void unreadablePaymentTermsAreAnErrorAtTheirCell() {
        TemplateImport imported = row(TemplateFiles.dealerH100(), v -> {
            v.remove(TemplateColumn.PREPAYMENT);
            v.put(TemplateColumn.PAYMENT_TERMS, "30% signing / 70% on arrival");
        });
        assertEquals(List.of(), imported.quotes());
        assertEquals(1, imported.problems().size(), imported.problems().toString());
        String problem = imported.problems().get(0);
        assertTrue(problem.startsWith(cell(TemplateColumn.PAYMENT_TERMS) + ": payment terms "), problem);
        assertTrue(problem.contains("arrival"), problem);
        String chinese = TemplateProblemMessages.line(imported.issues().get(0),
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(chinese.contains("付款节点") && chinese.contains("arrival"), chinese);
    }

    @Test
    void paymentTermsThatDoNotAddUpTo100AreReportedAtTheirCell() {
        TemplateImport imported = row(TemplateFiles.dealerH100(), v -> {
            v.remove(TemplateColumn.PREPAYMENT);
            v.put(TemplateColumn.PAYMENT_TERMS, "30% signing / 60% delivery");
        });
        assertEquals(List.of(), imported.quotes());
        assertTrue(imported.issues().stream().anyMatch(p -> p.cell().equals(cell(TemplateColumn.PAYMENT_TERMS))
                && p.error()), imported.problems().toString());
    }

    @Test
    void aCardHourRentalIsReadWithItsCurrency() {
        TemplateImport imported = row(TemplateFiles.lessorH800(), v -> {
            v.remove(TemplateColumn.PRICE);
            v.put(TemplateColumn.PRICE_PER_CARD_HOUR, 4.2);
            v.put(TemplateColumn.PFLOPS_PER_CARD, 0.148);
            v.put(TemplateColumn.VAT_INCLUDED, "yes");
            v.put(TemplateColumn.VAT_RATE, 6);
        });
        assertEquals(List.of(), imported.problems(), imported.problems().toString());
        RentalQuote q = (RentalQuote) imported.quotes().get(0);
        assertTrue(q.hourly());
        assertEquals("CNY", q.pricePerAcceleratorHour().currency());
        assertEquals(0, new BigDecimal("4.2").compareTo(q.pricePerAcceleratorHour().amount()));
        assertEquals(0, new BigDecimal("0.148").compareTo(q.pflopsPerAccelerator()));
        assertTrue(q.pricesIncludeVat());
    }

    @Test
    void aCardHourPriceWithoutPflopsPerCardIsAnErrorAtACell() {
        TemplateImport imported = row(TemplateFiles.lessorH800(), v -> {
            v.remove(TemplateColumn.PRICE);
            v.put(TemplateColumn.PRICE_PER_CARD_HOUR, 4.2);
        });
        assertEquals(List.of(), imported.quotes());
        assertFalse(imported.problems().isEmpty());
        assertTrue(imported.issues().stream().allMatch(p -> p.cell() != null && p.cell().startsWith("Quote!")),
                imported.problems().toString());
    }

    @Test
    void aVatRateAbove100IsAnErrorAtItsCell() {
        TemplateImport imported = row(TemplateFiles.dealerH100(), v -> v.put(TemplateColumn.VAT_RATE, 130));
        assertEquals(List.of(), imported.quotes());
        assertTrue(imported.issues().stream().anyMatch(p -> p.cell().equals(cell(TemplateColumn.VAT_RATE))),
                imported.problems().toString());
    }

    @Test
    void aRemarkThatPricesIncludeVatMakesTheRowVatInclusiveWithAWarning() {
        TemplateImport imported = row(TemplateFiles.dealerH100(), v -> v.put(TemplateColumn.SOURCE,
                "Dealer quote, 价格均含13%增值税"));
        ServerQuote q = (ServerQuote) imported.quotes().get(0);
        assertTrue(q.pricesIncludeVat(), "the remark is not lost");
        assertEquals(0, new BigDecimal("13").compareTo(q.vatRatePct()));
        assertEquals(1, imported.problems().size(), imported.problems().toString());
        var warning = imported.issues().get(0);
        assertFalse(warning.error());
        assertEquals(cell(TemplateColumn.SOURCE), warning.cell());
        assertTrue(warning.message().contains("13% VAT"), warning.message());
        String chinese = TemplateProblemMessages.line(warning, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(chinese.contains("按含税价读取") && chinese.startsWith(cell(TemplateColumn.SOURCE)), chinese);
    }

    @Test
    void aNoteRowForTheWholeSheetAppliesToEveryRowWithoutAVatEntry() {
        TemplateImport imported = read(TemplateFiles.edit(TemplateFiles.template(), sheet -> {
            TemplateFiles.fill(sheet, FIRST_ROW, TemplateFiles.dealerH100());
            Map<TemplateColumn, Object> lessor = new EnumMap<>(TemplateFiles.lessorH800());
            lessor.put(TemplateColumn.VAT_INCLUDED, "no");
            TemplateFiles.fill(sheet, FIRST_ROW + 1, lessor);
            TemplateFiles.fill(sheet, FIRST_ROW + 3, Map.of(TemplateColumn.SUPPLIER, "备注：以上价格均含13%增值税"));
        }));
        assertEquals(2, imported.quotes().size(), imported.problems().toString());
        assertTrue(((ServerQuote) imported.quotes().get(0)).pricesIncludeVat());
        assertFalse(((RentalQuote) imported.quotes().get(1)).pricesIncludeVat(), "an explicit \"no\" wins");
        assertTrue(imported.issues().stream().noneMatch(TemplateImport.TemplateProblem::error),
                imported.problems().toString());
        assertTrue(imported.issues().stream().anyMatch(p -> p.cell().equals("Quote!B" + (FIRST_ROW + 3))),
                imported.problems().toString());
        assertTrue(imported.issues().stream().anyMatch(p -> p.cell().equals("Quote!"
                + CellReference.convertNumToColString(TemplateColumn.VAT_INCLUDED.ordinal()) + (FIRST_ROW + 1))
                && p.message().contains("check which is right")), imported.problems().toString());
    }

    @Test
    void notIncludingVatIsNotMistakenForIncluding() {
        assertTrue(VatNote.find("价格不含税").isEmpty());
        assertTrue(VatNote.find("prices excl. VAT").isEmpty());
        assertEquals(new BigDecimal("13"), VatNote.find("price incl. 13% VAT").orElseThrow().ratePct());
        assertEquals(null, VatNote.find("含税价").orElseThrow().ratePct());
    }
}
