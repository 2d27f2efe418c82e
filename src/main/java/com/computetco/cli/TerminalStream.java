package com.computetco.cli;

import com.computetco.io.TerminalText;
import java.io.PrintStream;

/**
 * Every command's output and errors pass through here, so no text from a file reaches the terminal raw: an
 * {@code ESC]0;…BEL} in a scenario name would retitle the terminal, {@code ESC[2J} clear it, U+202E reverse what
 * follows. Such characters are printed as {@code \u001B}-style escapes (also valid inside JSON strings).
 */
final class TerminalStream extends PrintStream {
    private final PrintStream target;

    private TerminalStream(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    static PrintStream wrap(PrintStream stream) {
        return stream instanceof TerminalStream ? stream : new TerminalStream(stream);
    }

    @Override
    public void print(String s) {
        target.print(TerminalText.forTerminal(String.valueOf(s)));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void println(String x) {
        synchronized (this) {
            print(x);
            target.println();
        }
    }

    @Override
    public void println(Object x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(char[] x) {
        println(new String(x));
    }

    @Override
    public void println(char x) {
        println(String.valueOf(x));
    }

    @Override
    public void println() {
        target.println();
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        print(String.valueOf(csq == null ? "null" : csq.subSequence(start, end)));
        return this;
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    @Override
    public void flush() {
        target.flush();
    }
}
