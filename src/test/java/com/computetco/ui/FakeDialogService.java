package com.computetco.ui;

import com.computetco.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from queues the test fills, and records what was shown. */
public final class FakeDialogService implements DialogService {
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public int unsavedAsked;
    public final List<List<String>> problemsShown = new ArrayList<>();
    public final List<String> errorsShown = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<Path> offeredToOpen = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(FileKind kind) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(FileKind kind) {
        List<Path> all = new ArrayList<>(filesToOpen);
        filesToOpen.clear();
        return all;
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public UnsavedChoice confirmUnsavedChanges(String scenarioName) {
        unsavedAsked++;
        return unsavedAnswer;
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        problemsShown.add(List.copyOf(problems));
    }

    @Override
    public void showError(String title, String message) {
        errorsShown.add(message);
    }

    @Override
    public void offerToOpen(Path file) {
        offeredToOpen.add(file);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    public boolean restoreAnswer;
    public final List<java.time.Instant> recoveryOffers = new ArrayList<>();
    public final List<String> unexpectedErrors = new ArrayList<>();

    @Override
    public boolean confirmRecovery(java.time.Instant savedAt) {
        recoveryOffers.add(savedAt);
        return restoreAnswer;
    }

    @Override
    public void showUnexpectedError(String explanation, String details) {
        unexpectedErrors.add(explanation + "\n" + details);
    }
}
