package org.hurdleboard.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The app's {@link Background}: slow work on daemon threads, results on the FX thread (a
 * {@link Task} brings them there). Session files have one thread of their own, so their work
 * runs in the order asked.
 */
final class BackgroundThreads implements Background {
    private final ExecutorService anyOrder = Executors.newCachedThreadPool(daemon("background"));
    private final ExecutorService sessionFiles = Executors.newSingleThreadExecutor(daemon("session-files"));

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(anyOrder, work, onSuccess, onFailure);
    }

    @Override
    public <T> void runOnSessionFiles(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(sessionFiles, work, onSuccess, onFailure);
    }

    @Override
    public void closeOnSessionFiles(AutoCloseable file) {
        sessionFiles.execute(() -> {
            try {
                file.close();
            } catch (Exception e) {
                System.getLogger("hurdleboard").log(System.Logger.Level.WARNING, "closing a session file failed", e);
            }
        });
    }

    private static <T> void submit(ExecutorService executor, Callable<T> work, Consumer<T> onSuccess,
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
    }

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
