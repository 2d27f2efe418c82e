package com.computetco;

import com.computetco.cli.Cli;

/**
 * The jar's entry point. It does not extend javafx.application.Application, so a plain {@code java -jar}
 * starts on the classpath; headless commands never load a JavaFX class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            com.computetco.ui.DesktopApp.launchWindow(args);
        } else {
            System.exit(new Cli().run(args, System.out, System.err));
        }
    }
}
