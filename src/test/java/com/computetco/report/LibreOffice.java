package com.computetco.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LibreOffice headless, as a reviewer's spreadsheet and printer: converts a workbook to PDF (printing it with its
 * print setup) or to .xlsx (recalculating every formula on loading, as it does for files not saved by Excel), and
 * reads a PDF's words with their boxes through poppler's pdftotext. Tests skip (a JUnit assumption) where
 * {@code soffice} or {@code pdftotext} is not installed (Debian: libreoffice-calc, poppler-utils).
 */
final class LibreOffice {
    /** A printed word: its page (1-based), its box height in points and its text. */
    record Word(int page, double height, String text) {
    }

    private static final Pattern WORD = Pattern.compile(
            "yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    private LibreOffice() {
    }

    static void assumeInstalled(boolean needsPdfText) {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        if (needsPdfText) {
            assumeTrue(onPath("pdftotext"), "poppler-utils (pdftotext) is not installed");
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A user profile that recalculates every formula of an .xlsx on loading: an edit made outside LibreOffice (by
     * POI, here) then shows in every figure, as an edit typed into LibreOffice does. By default LibreOffice keeps the
     * values cached in the file.
     */
    private static final String RECALCULATE_ON_LOAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry"             xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">            <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    /** Converts {@code file} into {@code format} ("pdf", "xlsx") in {@code outDir}; returns the converted file. */
    static Path convert(Path file, String format, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory(outDir, "lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALCULATE_ON_LOAD);
        List<String> command = List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString(),
                file.toString());
        run(command, 300);
        String name = file.getFileName().toString();
        Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (!Files.isRegularFile(converted)) {
            throw new IOException("LibreOffice wrote no " + converted);
        }
        return converted;
    }

    /** Every word of the PDF with its page and box height (pdftotext -bbox). */
    static List<Word> words(Path pdf) throws IOException, InterruptedException {
        Path html = pdf.resolveSibling(pdf.getFileName() + ".html");
        run(List.of("pdftotext", "-bbox", pdf.toString(), html.toString()), 120);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        List<Word> words = new ArrayList<>();
        String[] pages = text.split("<page ");
        for (int p = 1; p < pages.length; p++) {
            Matcher m = WORD.matcher(pages[p]);
            while (m.find()) {
                words.add(new Word(p, Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)),
                        m.group(3).strip()));
            }
        }
        return words;
    }

    private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within " + seconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + process.exitValue());
        }
    }
}
