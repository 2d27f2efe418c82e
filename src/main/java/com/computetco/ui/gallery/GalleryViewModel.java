package com.computetco.ui.gallery;

import com.computetco.app.FileKinds;
import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.ReadResult;
import com.computetco.app.ScenarioLoader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The demo gallery: the bundled demo scenarios, each with a title and a one-line description in the chosen
 * language, and the command that opens one in the window. The texts come from the keys
 * {@code gallery.<file name without .scenario.json>.title} and {@code .description}; a demo without them shows
 * its file name.
 */
public final class GalleryViewModel {
    /** One card of the gallery. */
    public record Demo(String fileName, String title, String description) {
    }

    private final BundledSamples samples;
    private final ScenarioLoader loader;
    private final ObservableValue<Messages> messages;
    private final BiPredicate<Scenario, String> onOpen;
    private final ObservableList<Demo> demos = FXCollections.observableArrayList();
    private final ObservableList<Demo> readOnlyDemos = FXCollections.unmodifiableObservableList(demos);

    /**
     * @param onOpen receives the read scenario and its file name; answers whether it was loaded (the user may
     *        cancel because of unsaved changes)
     */
    public GalleryViewModel(BundledSamples samples, ScenarioLoader loader, ObservableValue<Messages> messages,
            BiPredicate<Scenario, String> onOpen) {
        this.samples = Objects.requireNonNull(samples, "samples");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
        messages.addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Messages m = messages.getValue();
        List<String> files;
        try {
            files = samples.scenarioFileNames();
        } catch (UncheckedIOException e) {
            files = List.of();
        }
        demos.setAll(files.stream().map(f -> demo(m, f)).toList());
    }

    /** The card of one demo file in the given language; the presentation names demos the same way. */
    public static Demo demo(Messages m, String fileName) {
        String key = "gallery." + baseName(fileName);
        String title = m.has(key + ".title") ? m.get(key + ".title") : baseName(fileName);
        String description = m.has(key + ".description") ? m.get(key + ".description") : fileName;
        return new Demo(fileName, title, description);
    }

    /** The file name without {@code .scenario.json}. */
    public static String baseName(String fileName) {
        return FileKinds.of(fileName) == FileKinds.Kind.SCENARIO
                ? fileName.substring(0, fileName.length() - FileKinds.SCENARIO_SUFFIX.length())
                : fileName;
    }

    public ObservableList<Demo> demos() {
        return readOnlyDemos;
    }

    public Messages messages() {
        return messages.getValue();
    }

    /**
     * Reads the demo and hands it to the window. Returns whether it was opened; a demo that cannot be read (a
     * broken build) or that the user declined to open returns false and changes nothing.
     */
    public boolean open(String fileName) {
        ReadResult<Scenario> read;
        try {
            read = loader.load(samples.read(fileName));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return false;
        }
        return read.isValid() && onOpen.test(read.value(), fileName);
    }
}
