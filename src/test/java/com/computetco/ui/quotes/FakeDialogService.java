package com.computetco.ui.quotes;

import com.computetco.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from fields set by the test and records what was shown. */
final class FakeDialogService implements DialogService {
    record ProblemsShown(String title, String header, List<String> problems) {
    }

    record ErrorShown(String title, String message) {
    }

    final List<ProblemsShown> problemsShown = new ArrayList<>();
    final List<ErrorShown> errorsShown = new ArrayList<>();
    final List<String> notifications = new ArrayList<>();
    final List<FileKind> choosersOpened = new ArrayList<>();
    List<Path> filesToOpen = List.of();

    @Override
    public Optional<Path> chooseFileToOpen(FileKind kind) {
        choosersOpened.add(kind);
        return filesToOpen.stream().findFirst();
    }

    @Override
    public List<Path> chooseFilesToOpen(FileKind kind) {
        choosersOpened.add(kind);
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, String suggestedName) {
        throw new AssertionError("not expected: chooseFileToSave");
    }

    @Override
    public UnsavedChoice confirmUnsavedChanges(String scenarioName) {
        throw new AssertionError("not expected: confirmUnsavedChanges");
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
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public void offerToOpen(java.nio.file.Path file) {
        throw new AssertionError("the quote library never offers to open a file");
    }

    @Override
    public boolean confirmRecovery(java.time.Instant savedAt) {
        throw new AssertionError("the quote library never offers recovery");
    }

    @Override
    public void showUnexpectedError(String explanation, String details) {
        throw new AssertionError("unexpected error in the quote library: " + explanation);
    }
}
