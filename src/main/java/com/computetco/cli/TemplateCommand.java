package com.computetco.cli;

import com.computetco.app.WorkbookKind;
import com.computetco.i18n.Messages;
import com.computetco.io.OutputPaths;
import com.computetco.template.QuoteTemplateWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code template -o FILE.xlsx [--lang en|zh]}: the quote template to send to vendors. */
final class TemplateCommand implements Command {

    @Override
    public String name() {
        return "template";
    }

    @Override
    public String summary() {
        return "write the Excel quote template (.xlsx) to send to vendors";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco template -o FILE.xlsx [--force] [--lang en|zh]

                Writes the quote template to send to vendors: an Instructions sheet in English and Chinese and a
                Quote sheet with one row per server or rental offer, drop-down lists, number checks and two example
                rows. Read the filled-in file back with import-quotes.
                  -o, --output FILE  the .xlsx file to write (replaced atomically; never left half-written). An
                                     existing template is kept as FILE.bak; any other existing file is refused
                  --force            replace an existing FILE even if it is not a template (kept as FILE.bak)
                  --lang en|zh       the language shown first (both are always there; default: the system's)
                Exit codes: 0 success, 2 unwritable FILE (reason on stderr), 64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(OutputOption.normalize(args), Set.of(OutputOption.NAME, "--lang"),
                Set.of(OutputOption.FORCE));
        Locale locale = Languages.parse(parsed.option("--lang", null));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("template takes no FILE argument; give the output with -o FILE.xlsx");
        }
        Path target = OutputOption.path(parsed, false, "template needs -o FILE.xlsx");
        try {
            OutputPaths.checkFile(target, List.of(), WorkbookKind.QUOTE_TEMPLATE, parsed.flag(OutputOption.FORCE));
            QuoteTemplateWriter.write(target, Messages.forLocale(locale));
        } catch (IOException e) {
            err.println("compute-tco template: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        out.println("wrote " + target);
        return ExitCode.OK;
    }
}
