package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.computetco.domain.Scenario;
import com.computetco.domain.Tax;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook recalculated by LibreOffice (headless, converting to .xlsx with recalculation on load forced in a
 * private user profile) gives the engine's figures, after tax included. To prove that LibreOffice recalculated
 * rather than kept the cached values, the income tax rate is changed in the file first (cached values left stale),
 * and the figures read back must be the engine's for the changed scenario. Skipped where soffice is not installed.
 */
@Tag("slow")
class ReportLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesTheWorkedExampleV2ToTheEnginesAfterTaxFigures() throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Scenario scenario = Scenarios.workedExampleV2();
        Tax tax = scenario.taxBlock().orElseThrow();
        Evaluation expected = new TcoEngine().evaluate(scenario.withTax(tax.withIncomeTaxRatePct(
                new BigDecimal("15"))));

        Path input = dir.resolve("report.xlsx");
        try (RecomputedReport report = RecomputedReport.read(scenario)) {
            report.named(AssumptionsSheet.INCOME_TAX_RATE).setCellValue(0.15);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            report.workbook.write(bytes);
            Files.write(input, bytes.toByteArray());
        }
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        // Recalculate .xlsx and .ods files on load, always (the default keeps the cached values or asks).
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "xlsx", "--outdir", outDir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "soffice finished");
        Path converted = outDir.resolve("report.xlsx");
        assertTrue(Files.isRegularFile(converted), () -> "converted file; log: " + log());

        byte[] bytes = Files.readAllBytes(converted);
        try (RecomputedReport recalculated = RecomputedReport.of(bytes, RecomputedReport.read(scenario).messages)) {
            // No POI recomputation: the values are LibreOffice's. Its IRR stops within about 1e-7 of the root.
            recalculated.assertAfterTaxMatches(expected, 1e-6);
            recalculated.assertMatches(expected, 1e-6);
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The soffice executable on the PATH, or null. */
    static String soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String entry : path.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                File file = new File(entry, name);
                if (file.canExecute()) {
                    return file.getPath();
                }
            }
        }
        return null;
    }
}
