package org.hurdleboard.ui.common;

/**
 * Why a workshop could not be opened, in words for the facilitator, and, when there is one, a
 * way out offered beside the message (such as opening the last backup of a damaged file).
 */
public record OpenFailure(String message, String recoveryLabel, Runnable recovery) {
    public static OpenFailure of(String message) {
        return new OpenFailure(message, "", null);
    }

    public boolean hasRecovery() {
        return recovery != null;
    }
}
