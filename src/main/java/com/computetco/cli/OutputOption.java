package com.computetco.cli;

import com.computetco.io.OutputPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code -o/--output} option of the writing commands, parsed by the one rule of {@link OutputPaths}. */
final class OutputOption {
    static final String NAME = "--output";
    static final String FORCE = "--force";

    private OutputOption() {
    }

    /** The arguments with {@code -o} spelled {@code --output}. */
    static List<String> normalize(List<String> args) {
        List<String> normalized = new ArrayList<>(args.size());
        for (String arg : args) {
            normalized.add("-o".equals(arg) ? NAME : arg);
        }
        return normalized;
    }

    /** The output file or folder, or a usage error: missing, {@code -}, a trailing slash, control characters. */
    static Path path(Arguments parsed, boolean folder, String missing) throws UsageException {
        String text = parsed.option(NAME, null);
        if (text == null) {
            throw new UsageException(missing);
        }
        try {
            return OutputPaths.parse(text, folder);
        } catch (IllegalArgumentException e) {
            throw new UsageException("-o: " + e.getMessage());
        }
    }
}
