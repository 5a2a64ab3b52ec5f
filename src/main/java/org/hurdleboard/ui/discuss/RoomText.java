package org.hurdleboard.ui.discuss;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text for the room, wrapped to the width it is given, one line at a time. JavaFX's own wrapping
 * of right-to-left text (Arabic, Hebrew, mixed with English and emoji) lays lines out wider than
 * the wrap width and draws a phrase two or three times; a single line it draws right. So the
 * lines are broken here, in logical order as the Unicode bidi algorithm does, and each drawn
 * alone in its paragraph's direction. At most so many lines show, the last ending in "…" when
 * there is more. The label's own text is the whole text, for screen readers.
 */
final class RoomText extends Label {
    private static final String ELLIPSIS = "\u2026";
    /** Measures the height of a line (a capital and a descender); never shown. */
    private static final String MEASURE = "\u00c5g";
    private final int maxLines;
    private final VBox lines = new VBox();
    private double builtWidth = -1;

    record Line(String text, boolean rightToLeft) {
    }

    RoomText(String text, int maxLines, String styleClass) {
        super(text);
        this.maxLines = maxLines;
        getStyleClass().addAll("room-text", styleClass);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(lines);
        setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + lines(inner).size() * lineHeight();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        if (Math.abs(width - builtWidth) > 0.5) {
            builtWidth = width;
            lines.getChildren().clear();
            for (Line line : lines(width)) {
                Label label = new Label(line.text());
                label.getStyleClass().add("room-text-line");
                label.setAlignment(Pos.CENTER_LEFT);
                label.setMaxWidth(Double.MAX_VALUE);
                label.setNodeOrientation(line.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                        : NodeOrientation.LEFT_TO_RIGHT);
                lines.getChildren().add(label);
            }
            lines.setMinWidth(width);
            lines.setPrefWidth(width);
            lines.setMaxWidth(width);
        }
        super.layoutChildren();
    }

    private double lineHeight() {
        Text probe = new Text(MEASURE);
        probe.setFont(font());
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    private Font font() {
        applyCss();
        return getFont();
    }

    /** The lines for this width, each in the direction of the paragraph it comes from. */
    List<Line> lines(double width) {
        if (width <= 0) {
            return List.of(new Line(getText(), false));
        }
        Font font = font();
        List<Line> all = new ArrayList<>();
        for (String paragraph : getText().split("\n", -1)) {
            boolean rightToLeft = !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
            for (String line : breakParagraph(paragraph, width, font)) {
                all.add(new Line(line, rightToLeft));
            }
        }
        if (all.size() <= maxLines) {
            return all;
        }
        List<Line> shown = new ArrayList<>(all.subList(0, maxLines));
        Line last = shown.get(maxLines - 1);
        String cut = last.text();
        while (!cut.isEmpty() && width(cut + ELLIPSIS, font) > width) {
            cut = cut.substring(0, previousCharacter(cut));
        }
        shown.set(maxLines - 1, new Line(cut.stripTrailing() + ELLIPSIS, last.rightToLeft()));
        return shown;
    }

    private static List<String> breakParagraph(String paragraph, double width, Font font) {
        List<String> broken = new ArrayList<>();
        BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
        words.setText(paragraph);
        StringBuilder current = new StringBuilder();
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE;
                start = end, end = words.next()) {
            String word = paragraph.substring(start, end);
            if (width((current + word).stripTrailing(), font) <= width) {
                current.append(word);
                continue;
            }
            if (!current.isEmpty()) {
                broken.add(current.toString().stripTrailing());
                current.setLength(0);
            }
            // a word wider than the line (a long link, a row of emoji) is broken between characters
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(word);
            for (int from = characters.first(), to = characters.next(); to != BreakIterator.DONE;
                    from = to, to = characters.next()) {
                String character = word.substring(from, to);
                if (!current.isEmpty() && width((current + character).stripTrailing(), font) > width) {
                    broken.add(current.toString().stripTrailing());
                    current.setLength(0);
                }
                current.append(character);
            }
        }
        broken.add(current.toString().stripTrailing());
        return broken;
    }

    private static int previousCharacter(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        characters.last();
        return Math.max(0, characters.previous());
    }

    private static double width(String line, Font font) {
        Text measure = new Text(line);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
