package org.hurdleboard.ui.common;

import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to an exception nothing else caught, on the FX thread or any other: its details go
 * to the {@link AppLog}, the facilitator is told in one plain sentence, and the workshop carries
 * on. Every change is saved as it is made, so nothing saved is lost; the FX thread keeps running.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(AppLog.LOGGER);
    private final Runnable tellUser;
    private final Executor fxThread;

    /** {@code tellUser} shows the sentence, run by {@code fxThread} (the FX thread in the app). */
    public UnexpectedErrors(Runnable tellUser, Executor fxThread) {
        this.tellUser = tellUser;
        this.fxThread = fxThread;
    }

    /** Handles every thread's uncaught exceptions from now on, the FX thread's among them. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
        try {
            fxThread.execute(() -> {
                try {
                    tellUser.run();
                } catch (RuntimeException e) {
                    // telling the user failed too: logged only, never a loop of errors
                    LOG.log(Level.SEVERE, "Could not show the unexpected-error notice", e);
                }
            });
        } catch (RuntimeException e) {
            // the FX thread has gone (the app is closing): the log has the details
            LOG.log(Level.SEVERE, "Could not show the unexpected-error notice", e);
        }
    }
}
