package com.computetco.cli;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code evaluate FILE [--format json|table] [--lang en|zh]}: the scenario's results. */
final class EvaluateCommand implements Command {
    private final ScenarioFiles files;

    EvaluateCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "evaluate a scenario file: totals, present value, payback, IRR, break-even";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco evaluate FILE [--format json|table] [--lang en|zh]

                Evaluates the scenario in FILE by the methodology (docs/ and Help > Methodology in the app).
                  --format json   every figure of methodology section 6, null where undefined (default)
                  --format table  an aligned table for people, with the cost breakdown and the verdict
                  --lang en|zh    the language of the table and of the problems (default: the system's)
                Exit codes: 0 success, 2 invalid scenario (problems on stderr), 64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--format", "--lang"));
        String format = parsed.choice("--format", "json", Set.of("json", "table"));
        Locale locale = Languages.parse(parsed.option("--lang", null));
        if (parsed.positional().size() != 1) {
            throw new UsageException("evaluate takes exactly one FILE");
        }
        String file = parsed.positional().get(0);
        Optional<Scenario> opened = files.open(file, Messages.forLocale(locale), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        // JSON is for programs and keeps the file's names; the table is for people and names things in their language.
        out.print("json".equals(format) ? EvaluationJson.write(files.engine().evaluate(opened.get()))
                : new EvaluationTable(Messages.forLocale(locale)).render(
                        files.engine().evaluate(DisplayNames.forLocale(opened.get(), locale))));
        return ExitCode.OK;
    }
}
