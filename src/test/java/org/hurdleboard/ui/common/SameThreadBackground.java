package org.hurdleboard.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Background work for unit tests: done at once, on the calling thread, with no toolkit. */
public final class SameThreadBackground implements Background {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void runOnSessionFiles(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    @Override
    public void closeOnSessionFiles(AutoCloseable file) {
        try {
            file.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
    }
}
