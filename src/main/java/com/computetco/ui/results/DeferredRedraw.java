package com.computetco.ui.results;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Redraws at once while its part of the view is showing, else when it is next shown. Results change on every
 * valid keystroke, and charts in hidden tabs need not follow each one.
 */
final class DeferredRedraw {
    private final Runnable redraw;
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private boolean pending;

    DeferredRedraw(Runnable redraw) {
        this.redraw = redraw;
        showing.addListener((o, was, is) -> {
            if (is && pending) {
                run();
            }
        });
    }

    void request() {
        if (showing.get()) {
            run();
        } else {
            pending = true;
        }
    }

    BooleanProperty showingProperty() {
        return showing;
    }

    private void run() {
        pending = false;
        redraw.run();
    }
}
