package com.computetco.cli;

import com.computetco.app.ScenarioLoader;
import com.computetco.cli.bench.BenchCommand;
import com.computetco.cli.bench.BenchRiskCommand;
import com.computetco.cli.bench.ReportBenchCommand;
import com.computetco.engine.TcoEngine;
import com.computetco.io.QuoteReader;
import com.computetco.io.ScenarioReader;
import com.computetco.io.TerminalText;
import com.computetco.report.ReportWriter;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jar's headless commands. Never touches JavaFX, so it runs without a display. */
public final class Cli {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    /**
     * The CLI's composition root: one clock, one engine, one loader, one quote reader and one report writer, shared
     * by every command.
     */
    public Cli() {
        Clock clock = Clock.systemDefaultZone();
        TcoEngine engine = new TcoEngine();
        QuoteReader quotes = new QuoteReader(clock);
        ScenarioFiles files = new ScenarioFiles(new ScenarioLoader(new ScenarioReader(clock), engine), quotes, engine);
        ReportWriter reports = new ReportWriter(clock);
        register(new EvaluateCommand(files));
        register(new ValidateCommand(files));
        register(new BenchCommand(files));
        register(new ReportCommand(files, reports));
        register(new ReportBenchCommand(files, reports));
        register(new SimulateCommand(files));
        register(new TornadoCommand(files));
        register(new BreakEvenCommand(files));
        register(new BenchRiskCommand(files));
        register(new TemplateCommand());
        register(new ImportQuotesCommand(quotes, clock));
        register(new PresetsCommand());
        register(new ApplyPresetCommand(files));
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    public static void main(String[] args) {
        System.exit(new Cli().run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit code; bad input never produces a stack trace. */
    public int run(String[] args, PrintStream rawOut, PrintStream rawErr) {
        PrintStream out = TerminalStream.wrap(rawOut);
        PrintStream err = TerminalStream.wrap(rawErr);
        if (args.length == 0 || isHelp(args[0]) || "help".equals(args[0])) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.print(commands.get(args[1]).usage());
            } else {
                out.print(overview());
            }
            return ExitCode.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("compute-tco: unknown command '" + TerminalText.escape(args[0], TerminalText.ECHO_LIMIT) + "'");
            err.print(overview());
            return ExitCode.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(Cli::isHelp)) {
            out.print(command.usage());
            return ExitCode.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("compute-tco " + command.name() + ": " + e.getMessage());
            err.print(command.usage());
            return ExitCode.USAGE;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("compute-tco " + command.name() + ": internal error: " + e
                    + " (please report this with the input file)");
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private static boolean isHelp(String arg) {
        return "--help".equals(arg) || "-h".equals(arg);
    }

    private String overview() {
        StringBuilder text = new StringBuilder("""
                Compute TCO: total cost of ownership of AI compute (build with NVIDIA, build with Ascend, or rent).

                usage: java -jar compute-tco.jar                 open the window
                       java -jar compute-tco.jar COMMAND [ARGS]  run headless

                commands:
                """);
        for (Command c : commands.values()) {
            text.append(String.format("  %-14s %s%n", c.name(), c.summary()));
        }
        text.append("""

                'compute-tco COMMAND --help' shows a command's options.
                Exit codes: 0 success, 1 internal error, 2 invalid input, 64 usage error.
                """);
        return text.toString();
    }
}
