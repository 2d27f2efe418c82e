package com.computetco.cli;

import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.export.QuoteTemplateReader;
import com.computetco.export.TemplateImport;
import com.computetco.export.TemplateImport.ImportedQuote;
import com.computetco.io.OutputPaths;
import com.computetco.io.QuoteWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code import-quotes FILE.xlsx -o DIR}: a filled-in quote template to one quote file per valid row. Valid rows are
 * written even when others have problems; the exit code then says so.
 */
final class ImportQuotesCommand implements Command {
    private static final int MAX_SLUG = 60;

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
                usage: compute-tco import-quotes FILE.xlsx -o DIR

                Reads a quote template filled in by a vendor (see the template command) and writes one quote file
                per valid row into DIR, named after the vendor, the model and the row (dealer-hgx-h100-row4.quote.json);
                a file of the same name is replaced. Every problem is printed as FILE: Quote!H7: reason. Rows with
                problems are skipped; the others are still written. Hostile workbooks (zip bombs, oversized sheets,
                external links, XML entities, macros) are refused.
                  -o, --output DIR  the folder to write to (created if missing)
                Exit codes: 0 every row imported, 2 any problem (the valid rows are still written) or unwritable DIR,
                64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(OutputOption.normalize(args), Set.of(OutputOption.NAME));
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
        TemplateImport imported = QuoteTemplateReader.read(source);
        for (String problem : imported.problems()) {
            err.println(file + ": " + problem);
        }
        if (!imported.rows().isEmpty()) {
            try {
                Files.createDirectories(directory);
            } catch (IOException | RuntimeException e) {
                err.println("compute-tco import-quotes: cannot create " + directory + ": " + e.getMessage());
                return ExitCode.INVALID_INPUT;
            }
        }
        for (ImportedQuote row : imported.rows()) {
            Path target = directory.resolve(fileName(row));
            try {
                QuoteWriter.write(row.quote(), target);
            } catch (IOException e) {
                err.println("compute-tco import-quotes: " + e.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            out.println("wrote " + target + " (row " + row.row() + ")");
        }
        return imported.hasErrors() ? ExitCode.INVALID_INPUT : ExitCode.OK;
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

    /** {@code vendor-model-rowN.quote.json}, letters and digits of any script kept, everything else a hyphen. */
    static String fileName(ImportedQuote row) {
        Quote quote = row.quote();
        String name = quote.supplier() + " " + (quote instanceof ServerQuote server ? server.model()
                : ((RentalQuote) quote).acceleratorName().orElse(quote.kind()));
        return slug(name) + "-row" + row.row() + ".quote.json";
    }

    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        folded.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        String slug = sb.toString();
        if (slug.codePointCount(0, slug.length()) > MAX_SLUG) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_SLUG));
        }
        slug = slug.replaceAll("-+$", "");
        return slug.isEmpty() ? "quote" : slug;
    }
}
