package com.computetco.ui.platform;

import com.computetco.app.FileKinds;
import com.computetco.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/** The dialogs of a real window: file choosers, alerts, and a status line for short notices. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Supplier<Messages> messages;
    private final Label status;
    private final Consumer<String> showDocument;
    private File lastFolder;
    private Consumer<Path> onFolderChosen = folder -> { };

    /** @param showDocument opens a file or folder URI with the desktop's own application (HostServices) */
    public FxDialogService(Window owner, Supplier<Messages> messages, Label status, Consumer<String> showDocument) {
        this.owner = owner;
        this.messages = messages;
        this.status = status;
        this.showDocument = showDocument;
    }

    /** Starts choosers in the folder used last time, and reports each newly chosen folder (to remember it). */
    public void rememberFolders(Path initial, Consumer<Path> onChosen) {
        lastFolder = initial == null ? null : initial.toFile();
        onFolderChosen = onChosen;
    }

    private FileChooser chooser(FileKind kind) {
        FileChooser chooser = new FileChooser();
        Messages m = messages.get();
        if (kind == FileKind.TEMPLATE) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("chooser.templates"),
                    FileKinds.workbookPatterns()));
        } else if (kind == FileKind.REPORT) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("chooser.reports"),
                    FileKinds.workbookPatterns()));
        } else if (kind == FileKind.SCENARIO) {
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(m.get("chooser.scenarios"), FileKinds.scenarioPatterns()),
                    new FileChooser.ExtensionFilter(m.get("chooser.all"), "*.*"));
        } else {
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(m.get("chooser.quotes"), FileKinds.quotePatterns()),
                    new FileChooser.ExtensionFilter(m.get("chooser.all"), "*.*"));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Path remember(File file) {
        lastFolder = file.getParentFile();
        if (lastFolder != null) {
            onFolderChosen.accept(lastFolder.toPath());
        }
        return file.toPath();
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileKind kind) {
        return Optional.ofNullable(chooser(kind).showOpenDialog(owner)).map(this::remember);
    }

    @Override
    public List<Path> chooseFilesToOpen(FileKind kind) {
        List<File> files = chooser(kind).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(this::remember).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(kind);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(this::remember);
    }

    @Override
    public UnsavedChoice confirmUnsavedChanges(String scenarioName) {
        Messages m = messages.get();
        ButtonType save = new ButtonType(m.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.format("unsaved.message", scenarioName), save,
                discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(m.get("unsaved.title"));
        alert.setHeaderText(m.get("unsaved.header"));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(16, Math.max(4, problems.size() + 1)));
        list.setPrefColumnCount(70);
        alert.getDialogPane().setContent(new VBox(list));
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void offerToOpen(Path file) {
        Messages m = messages.get();
        ButtonType openFile = new ButtonType(m.get("export.openFile"), ButtonBar.ButtonData.YES);
        ButtonType openFolder = new ButtonType(m.get("export.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(m.get("export.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, file.toString(), openFile, openFolder, close);
        alert.initOwner(owner);
        alert.setTitle(m.get("export.done.title"));
        alert.setHeaderText(m.format("export.done", file.getFileName().toString()));
        ButtonType answer = alert.showAndWait().orElse(close);
        if (answer == openFile) {
            showDocument.accept(file.toUri().toString());
        } else if (answer == openFolder && file.toAbsolutePath().getParent() != null) {
            showDocument.accept(file.toAbsolutePath().getParent().toUri().toString());
        }
    }

    @Override
    public boolean confirmRecovery(java.time.Instant savedAt) {
        Messages m = messages.get();
        ButtonType restore = new ButtonType(m.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("recovery.discard"), ButtonBar.ButtonData.NO);
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(m.locale()).format(savedAt.atZone(java.time.ZoneId.systemDefault()));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.format("recovery.message", when), restore, discard);
        alert.initOwner(owner);
        alert.setTitle(m.get("recovery.title"));
        alert.setHeaderText(m.get("recovery.header"));
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public void showUnexpectedError(String explanation, String details) {
        Messages m = messages.get();
        Alert alert = new Alert(Alert.AlertType.ERROR, explanation);
        alert.initOwner(owner);
        alert.setTitle(m.get("error.title"));
        alert.setHeaderText(m.get("error.header"));
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setPrefRowCount(14);
        text.setPrefColumnCount(80);
        alert.getDialogPane().setExpandableContent(text);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        // A ControlsFX notification in the window's corner for the moment, and the status line to read later.
        org.controlsfx.control.Notifications.create().text(message).owner(owner)
                .position(javafx.geometry.Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(4)).showInformation();
        status.setText(message);
        PauseTransition clear = new PauseTransition(Duration.seconds(8));
        clear.setOnFinished(e -> {
            if (message.equals(status.getText())) {
                status.setText("");
            }
        });
        clear.play();
    }
}
