package org.hurdleboard.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hurdleboard.app.StartupProbe;

/**
 * The baseline: the smallest JavaFX window, one label, maximised like the app's. Reports when it
 * is painted the same way the app does, then closes. With the argument {@code hold} it stays open
 * and prints its resident memory instead (the memory benchmark's baseline).
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Label hello = new Label("Hello");
            hello.setId("hello");
            stage.setScene(new Scene(new StackPane(hello), 1920, 1080));
            stage.setMaximized(true);
            stage.show();
            if (getParameters().getRaw().contains("hold")) {
                ChildApp.afterSettling(() -> {
                    ChildApp.report("rss-mb", ChildApp.residentMegabytes());
                    stage.close();
                });
            } else {
                StartupProbe.forNode("hello", "#hello").watch(stage.getScene());
            }
        }
    }
}
