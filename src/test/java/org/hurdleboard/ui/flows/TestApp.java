package org.hurdleboard.ui.flows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.ui.MainWindow;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Displays;
import org.hurdleboard.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** The real app window on a TestFX stage, with its own home folder and a fixed date. */
final class TestApp {
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    /** The texts the app started in: UK English unless a language was chosen in this home. */
    final Messages messages;
    /** Answers "Save as" dialogs with {@link #nextSaveAs}; native dialogs cannot run headless. */
    Path nextSaveAs;
    /** Answers "Open" and folder dialogs when set; native dialogs cannot run headless. */
    Path nextOpen;
    final AppContext context;
    final MainWindow window;

    TestApp(Stage stage, Path home, Displays displays) {
        AppContext made = AppContext.create(AppHome.at(home), Clock.fixed(NOW, ZoneId.of("Europe/London")),
                Locale.UK);
        AppContext created = made.withDialogs(new SaveAsAnswered(made.dialogs()));
        context = displays == null ? created : created.withDisplays(displays);
        messages = context.messages();
        window = new MainWindow(stage, context);
        stage.setWidth(1920);
        stage.setHeight(1080);
        window.showStart();
        stage.show();
    }

    /**
     * Waits (up to 10 s) for background work such as opening a file to show its result. A node the
     * condition looks up that is not there yet (the next screen still on its way) is waited for too.
     */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (EmptyNodeQueryException notYet) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the app did not get there within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The votes a card's badge shows, or "" when the badge is hidden (no votes, or votes hidden). */
    static String badge(FxRobot robot, int card) {
        return badge(robot.fromAll(), card);
    }

    /** The same, in one window only: the console's or the projector's. */
    static String badge(FxRobot robot, Parent window, int card) {
        return badge(robot.from(window), card);
    }

    /**
     * The selected card's count as its panel shows it: what is typed while the field has the
     * keyboard, otherwise the count drawn over the field.
     */
    static String spotlightCount(FxRobot robot) {
        TextInputControl field = robot.lookup("#voteCount").queryAs(TextInputControl.class);
        return field.isFocused() ? field.getText() : robot.lookup("#voteCountShown").queryLabeled().getText();
    }

    /** Every text under the node that a control draws shorter than it is, with an ellipsis. */
    static List<String> cutShort(FxRobot robot, Scene scene, String query) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            collectCut(robot.lookup(query).query(), cut);
        });
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && drawn.getText().endsWith(labeled.getEllipsisString())
                        && !drawn.getText().equals(labeled.getText())) {
                    cut.add(labeled.getText() + " drawn as " + drawn.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    private static String badge(NodeQuery scope, int card) {
        Label votes = scope.lookup("#card-" + card + " .card-votes").queryAs(Label.class);
        return votes.isVisible() ? votes.getText() : "";
    }

    /**
     * Everything the room can see of a part of the screen: every node's kind, style classes,
     * pseudo-classes, visibility, opacity, size and place, text and text for screen readers.
     * Equal fingerprints mean the room saw the same picture. Call it on the FX thread.
     */
    static void collect(Node node, List<String> lines) {
        StringBuilder line = new StringBuilder(node.getClass().getSimpleName()).append(' ').append(node.getId())
                .append(' ').append(node.getStyleClass()).append(' ').append(node.getPseudoClassStates())
                .append(" visible=").append(node.isVisible()).append(" opacity=").append(node.getOpacity())
                .append(' ').append(node.getBoundsInParent()).append(" a11y=").append(node.getAccessibleText());
        if (node instanceof Labeled labeled) {
            line.append(" text=").append(labeled.getText()).append(" style=").append(labeled.getStyle());
        }
        if (node instanceof TextInputControl input) {
            line.append(" input=").append(input.getText());
        }
        if (node instanceof Text text) {
            line.append(" text=").append(text.getText());
        }
        lines.add(line.toString());
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, lines);
            }
        }
    }

    static boolean showing(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        return node != null && node.getScene() != null && node.isVisible();
    }

    /** The app's own dialogs, but "Save as" answered with {@link #nextSaveAs}. */
    private final class SaveAsAnswered implements Dialogs {
        private final Dialogs app;

        SaveAsAnswered(Dialogs app) {
            this.app = app;
        }

        @Override
        public Optional<Path> saveSession(Window owner, Path suggested) {
            return Optional.ofNullable(nextSaveAs);
        }

        @Override
        public Optional<Path> openSession(Window owner) {
            return nextOpen != null ? Optional.of(nextOpen) : app.openSession(owner);
        }

        @Override
        public Optional<Path> openFolder(Window owner, String title) {
            return nextOpen != null ? Optional.of(nextOpen) : app.openFolder(owner, title);
        }

        @Override
        public Optional<Path> openDeck(Window owner) {
            return app.openDeck(owner);
        }

        @Override
        public Optional<Path> saveDeck(Window owner, String suggestedName) {
            return app.saveDeck(owner, suggestedName);
        }

        @Override
        public Optional<ReportTarget> saveReport(Window owner, Path suggested, ReportFormat format) {
            return app.saveReport(owner, suggested, format);
        }

        @Override
        public Optional<Path> savePdf(Window owner, String title, Path suggested) {
            return app.savePdf(owner, title, suggested);
        }

        @Override
        public void style(Scene scene) {
            app.style(scene);
        }

        @Override
        public <R> Optional<R> show(Dialog<R> dialog) {
            return app.show(dialog);
        }

        @Override
        public void style(Dialog<?> dialog) {
            app.style(dialog);
        }

        @Override
        public Dialogs in(Messages translated) {
            return new SaveAsAnswered(app.in(translated));
        }
    }
}
