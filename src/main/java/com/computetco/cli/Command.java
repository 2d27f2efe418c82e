package com.computetco.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless subcommand of the jar. */
public interface Command {
    String name();

    /** One line for the command list of {@code --help}. */
    String summary();

    /** The full help of {@code COMMAND --help}. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
