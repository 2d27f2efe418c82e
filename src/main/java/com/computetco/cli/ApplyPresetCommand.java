package com.computetco.cli;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.io.ScenarioWriter;
import com.computetco.io.preset.Preset;
import com.computetco.io.preset.PresetApplication;
import com.computetco.io.preset.PresetChange;
import com.computetco.io.preset.Presets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code apply-preset FILE --preset NAME -o OUT}: the scenario with a dated market event applied, written to a new
 * file. Never writes over FILE itself (the original is the record of what was assumed before the event).
 */
final class ApplyPresetCommand implements Command {
    private final ScenarioFiles files;

    ApplyPresetCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "apply-preset";
    }

    @Override
    public String summary() {
        return "apply a dated market event (see presets) to a scenario and write the result to a new file";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco apply-preset FILE --preset NAME -o OUT.scenario.json [--lang en|zh]

                Applies the preset NAME to the scenario in FILE, prints every field it changed, and writes the
                result to OUT (atomically; OUT must not be FILE). NAME is one of:
                  %s
                (compute-tco presets describes each one.)
                Exit codes: 0 success, 2 invalid scenario, a preset that changes nothing, or unwritable OUT,
                64 usage error.
                """.formatted(Presets.all().stream().map(Preset::id).collect(Collectors.joining("\n  ")));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<String> normalized = new ArrayList<>(args.size());
        for (String arg : args) {
            normalized.add("-o".equals(arg) ? "--output" : arg);
        }
        Arguments parsed = Arguments.parse(normalized, Set.of("--output", "--preset", "--lang"));
        Messages messages = Messages.forLocale(Languages.parse(parsed.option("--lang", null)));
        if (parsed.positional().size() != 1) {
            throw new UsageException("apply-preset takes exactly one FILE");
        }
        String name = parsed.option("--preset", null);
        if (name == null) {
            throw new UsageException("apply-preset needs --preset NAME (see compute-tco presets)");
        }
        Preset preset = Presets.byId(name).orElseThrow(() -> new UsageException("unknown preset " + name
                + "; one of " + Presets.all().stream().map(Preset::id).collect(Collectors.joining(", "))));
        String file = parsed.positional().get(0);
        Path target = outputPath(parsed.option("--output", null), file);
        Optional<Scenario> opened = files.open(file, messages, err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        PresetApplication applied = PresetApplication.apply(preset, opened.get(), files.loader()::load);
        if (!applied.changedAnything()) {
            err.println("compute-tco apply-preset: " + preset.id() + " changes nothing in " + file
                    + "; nothing written");
            return ExitCode.INVALID_INPUT;
        }
        ProblemPrinter.print(target.toString(), applied.result().problems(), messages, err);
        if (!applied.result().isValid()) {
            return ExitCode.INVALID_INPUT;
        }
        for (PresetChange c : applied.changes()) {
            out.println(c.path() + ": " + (c.before() == null ? "(absent)" : c.before()) + " -> " + c.after());
        }
        try {
            ScenarioWriter.write(applied.result().value(), target);
        } catch (IOException e) {
            err.println("compute-tco apply-preset: cannot write " + target + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        out.println("wrote " + target);
        return ExitCode.OK;
    }

    /** OUT, refused when missing or when it is FILE itself (by path, or by the file system for links). */
    private static Path outputPath(String output, String input) throws UsageException {
        if (output == null || output.isBlank()) {
            throw new UsageException("apply-preset needs -o OUT.scenario.json");
        }
        Path target;
        Path source;
        try {
            target = Path.of(output);
            source = Path.of(input);
        } catch (InvalidPathException e) {
            throw new UsageException("not a file path: " + e.getInput());
        }
        boolean same = target.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize());
        try {
            same |= Files.exists(target) && Files.exists(source) && Files.isSameFile(target, source);
        } catch (IOException e) {
            // Unreadable: the read or the write reports it with its reason.
        }
        if (same) {
            throw new UsageException("-o must name a new file, not FILE itself: the original keeps the assumptions "
                    + "before the event");
        }
        return target;
    }
}
