package org.hurdleboard.ui.wallkit;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.hurdleboard.report.WallKit;
import org.hurdleboard.report.WallKitOptions;
import org.hurdleboard.report.WallKitOptions.Paper;
import org.hurdleboard.report.WallKitOptions.Part;
import org.hurdleboard.report.WallKitResult;
import org.hurdleboard.report.WallKits;
import org.hurdleboard.ui.common.Background;
import org.hurdleboard.ui.common.FileReasons;
import org.hurdleboard.ui.common.Messages;

/**
 * The wall kit dialog's choices (what to print, paper, cards a page, ticks, where), a preview of
 * the first page and the saving. Drawing the preview and writing the PDF run off the FX thread;
 * their results come back here, on the FX thread.
 */
public final class WallKitModel {
    /** Dots an inch for the preview: an A4 page about 330 pixels wide. */
    private static final float PREVIEW_DPI = 40;

    private final WallKit kit;
    private final Background background;
    private final Messages messages;
    private final BooleanProperty cards = new SimpleBooleanProperty(true);
    private final BooleanProperty dividers = new SimpleBooleanProperty(true);
    private final BooleanProperty tally = new SimpleBooleanProperty(true);
    private final BooleanProperty ballots = new SimpleBooleanProperty(true);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final IntegerProperty perPage = new SimpleIntegerProperty(WallKitOptions.DEFAULT.perPage());
    private final IntegerProperty ticks;
    private final StringProperty file;
    private final ReadOnlyObjectWrapper<Picture> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding anyPart;
    private int previewGeneration;

    public WallKitModel(WallKit kit, Path suggestedFile, Background background, Messages messages) {
        this.kit = kit;
        this.background = background;
        this.messages = messages;
        this.ticks = new SimpleIntegerProperty(kit.ticks());
        this.file = new SimpleStringProperty(suggestedFile.toString());
        this.anyPart = cards.or(dividers).or(tally).or(ballots);
        for (var choice : List.of(cards, dividers, tally, ballots, paper, perPage, ticks)) {
            choice.addListener((obs, old, now) -> refreshPreview());
        }
    }

    /** Where a kit goes unless the facilitator says otherwise: "NAME wall kit.pdf" in {@code folder}. */
    public static Path suggestedFile(Path folder, String name, Messages messages) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return folder.resolve(messages.get("wallkit.fileName", safe.isEmpty() ? "deck" : safe) + ".pdf");
    }

    public String deckTitle() {
        return kit.deck().title();
    }

    public BooleanProperty cardsProperty() {
        return cards;
    }

    public BooleanProperty dividersProperty() {
        return dividers;
    }

    public BooleanProperty tallyProperty() {
        return tally;
    }

    public BooleanProperty ballotsProperty() {
        return ballots;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public IntegerProperty perPageProperty() {
        return perPage;
    }

    public IntegerProperty ticksProperty() {
        return ticks;
    }

    public StringProperty fileProperty() {
        return file;
    }

    /** The first page's pixels; the view makes them an image. Null while there is nothing to show. */
    public ReadOnlyObjectProperty<Picture> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Something to print, somewhere to put it, and no save already under way. */
    public BooleanBinding canSaveProperty() {
        return anyPart.and(file.isNotEmpty()).and(busy.not());
    }

    /** Draws the first page again in the background; a drawing overtaken by a newer choice is dropped. */
    public void refreshPreview() {
        if (!anyPart.get()) {
            preview.set(null);
            say(messages.get("wallkit.noParts"), true);
            return;
        }
        if (!busy.get()) {
            say("", false);
        }
        int generation = ++previewGeneration;
        WallKit printed = printedKit();
        WallKitOptions options = new WallKitOptions(paper.get(), perPage.get(), parts());
        background.run(() -> pixels(WallKits.firstPage(printed, options, PREVIEW_DPI)), image -> {
            if (generation == previewGeneration) {
                preview.set(image);
            }
        }, error -> {
            if (generation == previewGeneration) {
                preview.set(null);
                say(messages.get("wallkit.preview.failed", String.valueOf(error.getMessage())), true);
            }
        });
    }

    /** Saves the kit as a PDF in the background; the outcome comes back as the status line. */
    public void save() {
        if (!canSaveProperty().get()) {
            return;
        }
        Path target = Path.of(file.get().strip());
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".hurdles")) {
            say(messages.get("wallkit.notOverSession"), true);
            return;
        }
        if (!name.endsWith(".pdf")) {
            target = target.resolveSibling(target.getFileName() + ".pdf");
            file.set(target.toString());
        }
        Path written = target;
        WallKit printed = printedKit();
        WallKitOptions options = new WallKitOptions(paper.get(), perPage.get(), parts());
        busy.set(true);
        say(messages.get("wallkit.working"), false);
        background.run(() -> WallKits.export(printed, options, written), result -> {
            busy.set(false);
            say(outcome(written, result), !result.tooLong().isEmpty());
        }, error -> {
            busy.set(false);
            say(messages.get("wallkit.failed", written, FileReasons.of(messages, error)), true);
        });
    }

    private String outcome(Path written, WallKitResult result) {
        StringBuilder text = new StringBuilder(messages.get("wallkit.done", written, result.pages()));
        if (!result.tooLong().isEmpty()) {
            text.append(' ').append(messages.get("wallkit.tooLong", result.tooLong().size(),
                    result.tooLong().stream().map(String::valueOf).collect(Collectors.joining(", ")), perPage.get()));
        }
        if (result.ballotTitlesCut()) {
            text.append(' ').append(messages.get("wallkit.ballotTitlesCut", kit.votedCards().size()));
        }
        return text.toString();
    }

    private WallKit printedKit() {
        return kit.withTicks(ticks.get());
    }

    private Set<Part> parts() {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (cards.get()) {
            parts.add(Part.CARDS);
        }
        if (dividers.get()) {
            parts.add(Part.DIVIDERS);
        }
        if (tally.get()) {
            parts.add(Part.TALLY);
        }
        if (ballots.get()) {
            parts.add(Part.BALLOTS);
        }
        return parts;
    }

    private void say(String text, boolean isFailure) {
        status.set(text);
        failed.set(isFailure);
    }

    /** A page's pixels, taken off the FX thread; made into an image on it. */
    public record Picture(int width, int height, int[] argb) {
        public Image toImage() {
            WritableImage image = new WritableImage(width, height);
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return image;
        }
    }

    private static Picture pixels(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        return new Picture(width, height, page.getRGB(0, 0, width, height, null, 0, width));
    }
}
