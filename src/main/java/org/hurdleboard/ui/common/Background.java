package org.hurdleboard.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (files, disks) off the FX thread; the results come back on the FX thread, where
 * only the callbacks touch the UI. Work on session files (open, create, close) runs in order, so a
 * workshop is always fully closed before it, or the next, is opened. Tests may use a version that
 * runs everything at once on the calling thread.
 */
public interface Background extends AutoCloseable {
    /** The app's: daemon threads, results on the FX thread. */
    static Background threads() {
        return new BackgroundThreads();
    }

    /** Work that may run alongside other work, such as reading the recent list. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Opening, creating or closing a session file: one at a time, in the order asked. */
    <T> void runOnSessionFiles(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Closing a session file, after whatever file work was asked for before; failures are logged. */
    void closeOnSessionFiles(AutoCloseable file);

    /** Waits (a few seconds at most) for file work in progress, such as the last writes of a closing workshop. */
    @Override
    void close();
}
