package com.computetco.cli;

import com.computetco.i18n.Messages;
import com.computetco.io.preset.Preset;
import com.computetco.io.preset.Presets;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code presets [--lang en|zh]}: the library of dated market events, with what each changes and its source. */
final class PresetsCommand implements Command {
    @Override
    public String name() {
        return "presets";
    }

    @Override
    public String summary() {
        return "list the dated market-event presets (export licence, H200 fee, power subsidy, ...)";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco presets [--lang en|zh]

                Lists every preset: its NAME for apply-preset, its date, what it changes and why, and its source.
                  --lang en|zh    the language of the descriptions (default: the system's)
                Exit codes: 0 success, 64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--lang"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("presets takes no FILE");
        }
        Messages messages = Messages.forLocale(Languages.parse(parsed.option("--lang", null)));
        for (Preset p : Presets.all()) {
            out.println(p.id() + "  (" + p.date() + ")  " + messages.get(p.titleKey()));
            out.println("    " + messages.get(p.descriptionKey()));
            out.println("    " + p.source());
            out.println();
        }
        return ExitCode.OK;
    }
}
