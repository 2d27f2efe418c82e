package com.computetco.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The window. A placeholder until the desktop window issue lands. */
public final class DesktopApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Compute TCO");
        stage.setScene(new Scene(new Label("Compute TCO"), 1280, 800));
        stage.show();
    }
}
