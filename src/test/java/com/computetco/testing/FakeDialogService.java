package com.computetco.testing;

import com.computetco.ui.platform.DialogService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The one dialog service of the tests: answers from queues and fields the test fills, and records every dialog
 * shown, so that a test can also assert that a dialog was <em>not</em> shown ({@link #assertNothingUnexpected()}).
 */
public final class FakeDialogService implements DialogService {
    public record ProblemsShown(String title, String header, List<String> problems) {
    }

    public record ErrorShown(String title, String message) {
    }

    /** Answers to the open choosers, first in first out; a multi-file chooser takes them all. */
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public boolean restoreAnswer;

    public final List<FileKind> choosersOpened = new ArrayList<>();
    public final List<String> saveNamesSuggested = new ArrayList<>();
    public int unsavedAsked;
    public final List<ProblemsShown> problemsShown = new ArrayList<>();
    public final List<ErrorShown> errorsShown = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<Path> offeredToOpen = new ArrayList<>();
    public final List<Instant> recoveryOffers = new ArrayList<>();
    public final List<String> unexpectedErrors = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(FileKind kind) {
        choosersOpened.add(kind);
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(FileKind kind) {
        choosersOpened.add(kind);
        List<Path> all = new ArrayList<>(filesToOpen);
        filesToOpen.clear();
        return all;
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, String suggestedName) {
        choosersOpened.add(kind);
        saveNamesSuggested.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public UnsavedChoice confirmUnsavedChanges(String scenarioName) {
        unsavedAsked++;
        return unsavedAnswer;
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        problemsShown.add(new ProblemsShown(title, header, List.copyOf(problems)));
    }

    @Override
    public void showError(String title, String message) {
        errorsShown.add(new ErrorShown(title, message));
    }

    @Override
    public void offerToOpen(Path file) {
        offeredToOpen.add(file);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public boolean confirmRecovery(Instant savedAt) {
        recoveryOffers.add(savedAt);
        return restoreAnswer;
    }

    @Override
    public void showUnexpectedError(String explanation, String details) {
        unexpectedErrors.add(explanation + "\n" + details);
    }

    /** The problem lines of the {@code index}-th problems dialog. */
    public List<String> problems(int index) {
        return problemsShown.get(index).problems();
    }

    /** The message of the {@code index}-th error dialog. */
    public String error(int index) {
        return errorsShown.get(index).message();
    }

    /**
     * For a feature that only reads and reports (the quote library): it never asked where to save, whether to
     * discard changes or to recover, never offered to open a file, and never crashed.
     */
    public void assertNothingUnexpected() {
        if (!saveNamesSuggested.isEmpty() || unsavedAsked != 0 || !recoveryOffers.isEmpty() || !offeredToOpen.isEmpty()
                || !unexpectedErrors.isEmpty()) {
            throw new AssertionError("unexpected dialogs: save " + saveNamesSuggested + ", unsaved asked "
                    + unsavedAsked + ", recovery " + recoveryOffers + ", offered to open " + offeredToOpen
                    + ", unexpected errors " + unexpectedErrors);
        }
    }
}
