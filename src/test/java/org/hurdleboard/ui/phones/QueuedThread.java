package org.hurdleboard.ui.phones;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A stand-in FX thread for model tests: work handed in waits until the test runs it, on the test's thread. */
final class QueuedThread implements Executor {
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable work) {
        queue.add(work);
    }

    void drain() {
        Runnable work;
        while ((work = queue.poll()) != null) {
            work.run();
        }
    }

    /** Runs what comes in until {@code done}, for up to ten seconds; false if it never was. */
    boolean runUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        drain();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Runnable work = queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            if (work != null) {
                work.run();
            }
        }
        return true;
    }
}
