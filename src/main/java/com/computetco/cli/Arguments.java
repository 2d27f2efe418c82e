package com.computetco.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits a command's arguments into options ({@code --name value}) and positional values, strictly. */
public final class Arguments {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final java.util.Set<String> flags = new java.util.HashSet<>();

    private Arguments() {
    }

    /** Parses args; {@code valued} are the options that take a value, any other {@code --x} is an error. */
    public static Arguments parse(List<String> args, Set<String> valued) throws UsageException {
        return parse(args, valued, Set.of());
    }

    /**
     * As {@link #parse(List, Set)}, with {@code flagNames} the options that take no value ({@code --force}). An
     * option given twice is an error: with {@code -o a -o b}, which file was meant?
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flagNames) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (flagNames.contains(name) && value == null) {
                    if (!parsed.flags.add(name)) {
                        throw new UsageException(name + " is given twice");
                    }
                    continue;
                }
                if (!valued.contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (parsed.options.put(name, value) != null) {
                    throw new UsageException(name + " is given twice" + ("--output".equals(name)
                            ? " (-o names one output)" : ""));
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String choice(String name, String fallback, Set<String> allowed) throws UsageException {
        String value = option(name, fallback);
        if (!allowed.contains(value)) {
            throw new UsageException(name + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
                    + ", got " + value);
        }
        return value;
    }

    public List<String> positional() {
        return positional;
    }
}
