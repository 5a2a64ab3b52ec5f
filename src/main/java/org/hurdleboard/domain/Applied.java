package org.hurdleboard.domain;

/**
 * A change as it reached the session: made by the user, undone or redone, or recorded (a phone's
 * ballot: saved like any vote, never in the undo history). Listeners that only
 * mirror the session's state read {@link #effect()}; the store also keeps the history.
 */
public record Applied(SessionChange change, Step step) {
    public enum Step { DO, UNDO, REDO, RECORD }

    /** What happened to the session's state: the change itself, or its inverse for an undo. */
    public SessionChange effect() {
        return step == Step.UNDO ? change.inverse() : change;
    }
}
