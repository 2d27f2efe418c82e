package com.computetco.ui.state;

import com.computetco.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved scenario files, newest first, kept in a small text file. */
public final class RecentFiles {
    private static final int LIMIT = 8;
    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** Made once: the menu listens weakly, and a wrapper per call would be collected with its listener. */
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < LIMIT) {
                        files.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged list of recent files is not worth bothering the user about: start empty.
            files.clear();
        }
    }

    public ObservableList<Path> files() {
        return readOnlyFiles;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        save();
    }

    private void save() {
        StringBuilder text = new StringBuilder();
        files.forEach(f -> text.append(f).append('\n'));
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // The list is a convenience; failing to remember it must not interrupt opening or saving.
        }
    }
}
