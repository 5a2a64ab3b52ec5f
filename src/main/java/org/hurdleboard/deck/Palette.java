package org.hurdleboard.deck;

import java.util.List;

/**
 * The category colours a deck may name. Each is a slot that every theme defines (a colour-blind
 * safe set, after Okabe and Ito), so a deck never carries raw colours a theme cannot control.
 */
public final class Palette {
    public static final List<String> COLOURS =
            List.of("blue", "sky", "green", "yellow", "orange", "vermillion", "purple", "grey");

    private Palette() {
    }
}
