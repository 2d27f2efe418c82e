package com.computetco.ui;

import com.computetco.i18n.Messages;
import javafx.stage.Window;

/**
 * The windows the main window opens, made by the composition root ({@link AppAssembly}) on its services, so that the
 * main view creates none and none is built before it is asked for.
 */
public interface AppWindows {
    /** Presentation mode on the open scenario, the demos and the recent files. */
    void showPresentation(Window owner);

    /** The gallery of bundled demos. */
    void showGallery(Window owner);

    /** The methodology in the window's language. */
    void showMethodology(Window owner, Messages messages);

    /** Where the reference figures come from. */
    void showSources(Window owner, Messages messages);
}
