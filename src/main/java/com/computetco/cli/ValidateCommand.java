package com.computetco.cli;

import com.computetco.i18n.Messages;
import com.computetco.rules.Problem;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code validate FILE...}: every problem of every file, one line each; exit 2 if any file is invalid. */
final class ValidateCommand implements Command {
    private final ScenarioFiles files;

    ValidateCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check scenario and quote files; one line per problem";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco validate FILE... [--lang en|zh]

                Checks each scenario (*.scenario.json) or quote file (*.quote.json, or any file whose root has
                "kind") against every rule of the file format and prints one line per problem:
                  FILE: path: reason
                Warnings (an expired quote, an unknown field) are printed but do not fail.
                  --lang en|zh    the language of the reasons (default: the system's)
                Exit codes: 0 all files valid, 2 at least one invalid file, 64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--lang"));
        Messages messages = Messages.forLocale(Languages.parse(parsed.option("--lang", null)));
        if (parsed.positional().isEmpty()) {
            throw new UsageException("validate takes at least one FILE");
        }
        boolean allValid = true;
        for (String file : parsed.positional()) {
            List<Problem> problems;
            boolean valid;
            if (files.isQuoteFile(file)) {
                var read = files.loadQuote(file);
                problems = read.problems();
                valid = read.isValid();
            } else {
                var read = files.loadScenario(file);
                problems = read.problems();
                valid = read.isValid();
            }
            ProblemPrinter.print(file, problems, messages, out);
            if (valid && problems.isEmpty()) {
                out.println(file + ": ok");
            }
            allValid &= valid;
        }
        return allValid ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
