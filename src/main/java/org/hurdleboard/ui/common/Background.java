package org.hurdleboard.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs slow work (files, disks) off the FX thread; the results come back on the FX thread, where
 * only the callbacks touch the UI. Work on session files (open, create, close) runs in order on
 * one thread, so a workshop is always fully closed before it, or the next, is opened.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService anyOrder = Executors.newCachedThreadPool(daemon("background"));
    private final ExecutorService sessionFiles = Executors.newSingleThreadExecutor(daemon("session-files"));

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Work that may run alongside other work, such as reading the recent list. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(anyOrder, work, onSuccess, onFailure);
    }

    /** Opening, creating or closing a session file: one at a time, in the order asked. */
    public <T> Task<T> runOnSessionFiles(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(sessionFiles, work, onSuccess, onFailure);
    }

    /** Closing a session file, after whatever file work was asked for before; failures are logged. */
    public void closeOnSessionFiles(AutoCloseable file) {
        sessionFiles.execute(() -> {
            try {
                file.close();
            } catch (Exception e) {
                System.getLogger("hurdleboard").log(System.Logger.Level.WARNING, "closing a session file failed", e);
            }
        });
    }

    private static <T> Task<T> submit(ExecutorService executor, Callable<T> work, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Waits (a few seconds at most) for file work in progress, such as the last writes of a closing workshop. */
    @Override
    public void close() {
        for (ExecutorService executor : new ExecutorService[] {sessionFiles, anyOrder}) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
