package org.hurdleboard.deck;

import java.util.List;

/**
 * The category icons a deck may name. Like {@link Palette}, a deck names an icon the app ships
 * rather than carrying a picture, so a deck file stays small, safe and plain text.
 */
public final class Icons {
    public static final List<String> NAMES = List.of("globe", "laptop", "gears", "document", "people",
            "lightbulb", "shield", "chat", "graduation-cap", "flag", "handshake", "star");

    private Icons() {
    }
}
