package com.computetco.ui.help;

import java.util.Locale;
import java.util.Objects;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help > Methodology: the methodology page in its own non-modal window, closed by Esc. */
public final class MethodologyWindow {
    public static final double WIDTH = 900;
    public static final double HEIGHT = 700;

    private MethodologyWindow() {
    }

    /** Opens the methodology in the locale's language beside {@code owner} (may be null) and returns at once. */
    public static void show(Window owner, Locale locale, String title) {
        Stage stage = createStage(owner, locale, title);
        stage.show();
        stage.toFront();
    }

    /** The window, built but not shown (for tests and for callers that position it first). */
    public static Stage createStage(Window owner, Locale locale, String title) {
        Objects.requireNonNull(locale, "locale");
        return HelpStage.create(owner, title, new MethodologyView(locale), WIDTH, HEIGHT);
    }
}
