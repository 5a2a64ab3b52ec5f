package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/** Everything the keyboard can reach has a name a screen reader can say: its own, its text, or its label's. */
final class ReachableNames {
    private ReachableNames() {
    }

    /** At least {@code atLeast} nodes the keyboard can reach under {@code root}, each with a name. */
    static void assertEveryReachableNodeIsNamed(Parent root, int atLeast) {
        List<Node> reachable = new ArrayList<>();
        collectReachable(root, reachable);
        assertThat(reachable).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Node node : reachable) {
            assertThat(nameOf(root, node)).as("the name of %s", node).isNotBlank();
        }
    }

    /** Focusable nodes, not looking inside a control's own skin (its parts are the control's). */
    private static void collectReachable(Node node, List<Node> reachable) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            reachable.add(node);
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectReachable(child, reachable);
            }
        }
    }

    private static String nameOf(Parent root, Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        return root.lookupAll(".label").stream()
                .filter(label -> label instanceof Label l && l.getLabelFor() == node)
                .map(label -> ((Label) label).getText())
                .findFirst().orElse("");
    }
}
