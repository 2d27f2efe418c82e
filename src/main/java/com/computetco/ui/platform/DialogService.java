package com.computetco.ui.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the ViewModels need, behind an interface so that tests answer them without a window. Plain
 * types only: a ViewModel never sees a Stage or a FileChooser.
 */
public interface DialogService {

    /** What the user wants done with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The kinds of file the app opens and saves; each has its own extension filter. */
    enum FileKind { SCENARIO, QUOTE, REPORT, TEMPLATE }

    Optional<Path> chooseFileToOpen(FileKind kind);

    List<Path> chooseFilesToOpen(FileKind kind);

    Optional<Path> chooseFileToSave(FileKind kind, String suggestedName);

    UnsavedChoice confirmUnsavedChanges(String scenarioName);

    /** A list of problems in one dialog, for example every problem of a file that could not be opened. */
    void showProblems(String title, String header, List<String> problems);

    void showError(String title, String message);

    /** Tells that a file was written and offers to open it or the folder that holds it. */
    void offerToOpen(Path file);

    /** After a crash: offers the autosaved work back, saying when it was saved. True to restore it. */
    boolean confirmRecovery(java.time.Instant savedAt);

    /** An unexpected error: a short explanation, with the technical details to copy into a report. */
    void showUnexpectedError(String explanation, String details);

    /** A short non-blocking message ("Saved to ..."). */
    void notify(String message);
}
