package com.computetco.ui.gallery;

import com.computetco.i18n.Messages;
import com.computetco.ui.platform.Icons;
import java.net.URL;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The demo gallery's start page: one card per demo scenario with its title, a one-line description and an
 * Open button; a click anywhere on the card opens the demo in the main window and closes the gallery.
 */
public final class GalleryView extends BorderPane {
    private final GalleryViewModel vm;
    private final Runnable afterOpen;
    private final TilePane grid = new TilePane();

    public GalleryView(GalleryViewModel vm, Runnable afterOpen) {
        this.vm = vm;
        this.afterOpen = afterOpen;
        Messages m = vm.messages();
        getStyleClass().add("gallery");
        getStylesheets().add(stylesheet());

        Label heading = new Label(m.get("gallery.heading"));
        heading.getStyleClass().add("gallery-heading");
        Label subheading = new Label(m.get("gallery.subheading"));
        subheading.getStyleClass().add("gallery-subheading");
        subheading.setWrapText(true);
        VBox top = new VBox(4, heading, subheading);
        top.getStyleClass().add("gallery-header");
        setTop(top);

        grid.getStyleClass().add("gallery-grid");
        grid.setPrefColumns(2);
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setPadding(new Insets(4, 20, 20, 20));
        grid.setPrefTileWidth(330);
        grid.setTileAlignment(Pos.TOP_LEFT);
        fill();
        vm.demos().addListener((ListChangeListener<GalleryViewModel.Demo>) c -> fill());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("gallery-scroll");
        setCenter(scroll);
    }

    private void fill() {
        grid.getChildren().setAll(vm.demos().stream().map(this::card).toList());
    }

    private VBox card(GalleryViewModel.Demo demo) {
        Label title = new Label(demo.title());
        title.getStyleClass().add("gallery-card-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label description = new Label(demo.description());
        description.getStyleClass().add("gallery-card-description");
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        Region spring = new Region();
        VBox.setVgrow(spring, Priority.ALWAYS);
        Button open = new Button(vm.messages().get("gallery.open"), Icons.small("open"));
        open.getStyleClass().add("gallery-card-open");
        open.setDefaultButton(false);
        open.setOnAction(e -> open(demo));
        // The card opens on a click too; the button's own click must not open the demo twice.
        open.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        HBox buttons = new HBox(open);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(8, title, description, spring, buttons);
        card.getStyleClass().add("gallery-card");
        card.setId("gallery-card-" + GalleryViewModel.baseName(demo.fileName()));
        card.setPrefHeight(170);
        card.setCursor(Cursor.HAND);
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open(demo);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open(demo);
            }
        });
        return card;
    }

    private void open(GalleryViewModel.Demo demo) {
        if (vm.open(demo.fileName())) {
            afterOpen.run();
        }
    }

    /** Shows the gallery as a non-modal window over the owner; it closes itself once a demo is opened. */
    public static Stage show(Window owner, GalleryViewModel vm) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(vm.messages().get("gallery.title"));
        GalleryView view = new GalleryView(vm, stage::close);
        Scene scene = new Scene(view, 740, 520);
        URL app = GalleryView.class.getResource("/com/computetco/ui/app.css");
        if (app != null) {
            scene.getStylesheets().add(app.toExternalForm());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        stage.show();
        return stage;
    }

    private static String stylesheet() {
        URL css = GalleryView.class.getResource("gallery.css");
        return Objects.requireNonNull(css, "gallery.css is missing from the jar").toExternalForm();
    }
}
