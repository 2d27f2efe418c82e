package com.computetco.cli;

import com.computetco.i18n.Messages;
import com.computetco.io.OutputPaths;
import com.computetco.io.QuoteImportBatch;
import com.computetco.io.QuoteReader;
import com.computetco.io.TerminalText;
import com.computetco.template.QuoteTemplateReader;
import com.computetco.template.TemplateImport;
import com.computetco.template.TemplateProblemMessages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code import-quotes FILE.xlsx -o DIR}: a filled-in quote template to one quote file per valid row. Valid rows are
 * written even when others have problems; the exit code then says so.
 */
final class ImportQuotesCommand implements Command {
    private final QuoteReader reader;
    private final Clock clock;

    /** READER reads the quotes a row wrote before; CLOCK dates the imported quotes and judges their expiry. */
    ImportQuotesCommand(QuoteReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-quotes";
    }

    @Override
    public String summary() {
        return "read a filled-in quote template into quote files";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco import-quotes FILE.xlsx -o DIR [--lang en|zh]

                Reads a quote template filled in by a vendor (see the template command) and writes one quote file
                per valid row into DIR, named after the vendor, the model and the row (dealer-hgx-h100-row4.quote.json).
                Each quote records its workbook, row and import date: importing the same row again updates its file
                (the previous version kept as .bak) and reports a changed price; a file made from another row or
                by hand is never replaced. The files are written all or none. Every problem is printed as
                FILE: Quote!H7: reason. Rows with problems are skipped; the others are still written. Hostile
                workbooks (zip bombs, oversized sheets, external links, XML entities, macros) are refused.
                  -o, --output DIR  the folder to write to (created if missing)
                  --lang en|zh      the language of the messages (default: the system's)
                Exit codes: 0 every row imported, 2 any problem (the valid rows are still written) or unwritable DIR,
                64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(OutputOption.normalize(args), Set.of(OutputOption.NAME, "--lang"));
        Messages messages = Messages.forLocale(Languages.parse(parsed.option("--lang", null)));
        if (parsed.positional().size() != 1) {
            throw new UsageException("import-quotes takes exactly one FILE.xlsx");
        }
        Path directory = OutputOption.path(parsed, true, "import-quotes needs -o DIR");
        String file = parsed.positional().get(0);
        Path source = path(file, "not a file path: " + file);
        try {
            OutputPaths.checkFolder(directory, List.of(source));
        } catch (OutputPaths.Refused e) {
            err.println("compute-tco import-quotes: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        TemplateImport imported = QuoteTemplateReader.read(source, reader);
        for (TemplateImport.TemplateProblem problem : imported.issues()) {
            err.println(TerminalText.escape(file, TerminalText.ECHO_LIMIT) + ": "
                    + TerminalText.escape(TemplateProblemMessages.line(problem, messages)));
        }
        if (imported.rows().isEmpty()) {
            return imported.hasErrors() ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }
        List<QuoteImportBatch.Item> items = imported.rows().stream()
                .map(row -> new QuoteImportBatch.Item(row.row(), row.quote())).toList();
        List<QuoteImportBatch.Result> results;
        try {
            results = QuoteImportBatch.write(items, source, directory, LocalDate.now(clock), reader);
        } catch (QuoteImportBatch.Incomplete e) {
            e.written().forEach(r -> out.println(line(r, messages)));
            err.println("compute-tco import-quotes: " + e.getMessage());
            err.println("compute-tco import-quotes: " + messages.format("template.import.notWritten", String.join(", ",
                    e.notWritten().stream().map(i -> String.valueOf(i.row())).toList())));
            return ExitCode.INVALID_INPUT;
        } catch (IOException e) {
            err.println("compute-tco import-quotes: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        results.forEach(r -> out.println(line(r, messages)));
        return imported.hasErrors() ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    /** "wrote F (row 4)", "updated F (row 4): price 2700000 CNY → 2650000 CNY", "unchanged F (row 4)". */
    static String line(QuoteImportBatch.Result r, Messages messages) {
        String row = String.valueOf(r.item().row());
        return switch (r.outcome()) {
            case NEW -> messages.format("template.import.wrote", r.file().toString(), row);
            case UNCHANGED -> messages.format("template.import.unchanged", r.file().toString(), row);
            case UPDATED -> messages.format("template.import.updated", r.file().toString(), row,
                    r.change() == null ? "" : (messages.isChinese() ? "：" : ": ") + r.change(),
                    r.file().getFileName() + ".bak");
        };
    }

    static Path path(String text, String missing) throws UsageException {
        if (text == null || text.isBlank()) {
            throw new UsageException(missing);
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("not a file path: " + text);
        }
    }
}
