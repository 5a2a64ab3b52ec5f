package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exception nothing caught: its details go to the log file, the user gets one sentence. */
class UnexpectedErrorsTest {
    @TempDir
    Path appFolder;

    @Test
    void theDetailsGoToTheLogFileAndTheUserIsToldOnce() throws IOException {
        AtomicInteger told = new AtomicInteger();
        FileHandler log = AppLog.start(AppLog.folder(appFolder));
        try {
            new UnexpectedErrors(told::incrementAndGet, Runnable::run)
                    .uncaughtException(new Thread("writer"), new IllegalStateException("card 7 has no category"));
        } finally {
            AppLog.stop(log);
        }

        String written = Files.readString(AppLog.folder(appFolder).resolve("hurdle-board-0.log"),
                StandardCharsets.UTF_8);
        assertThat(written).contains("writer").contains("java.lang.IllegalStateException: card 7 has no category")
                .contains("at org.hurdleboard.ui.common.UnexpectedErrorsTest");
        assertThat(told).hasValue(1);
    }

    @Test
    void aNoticeThatFailsDoesNotThrowAgain() {
        UnexpectedErrors errors = new UnexpectedErrors(() -> {
            throw new IllegalStateException("no window");
        }, Runnable::run);

        assertThatCode(() -> errors.uncaughtException(Thread.currentThread(), new RuntimeException("first")))
                .doesNotThrowAnyException();
    }

    @Test
    void theLogRollsOverAndKeepsAFewFiles() throws IOException {
        FileHandler log = AppLog.start(AppLog.folder(appFolder));
        Logger logger = Logger.getLogger(AppLog.LOGGER);
        // 4 MB of lines for the file, not for the test's console
        logger.setUseParentHandlers(false);
        try {
            String kilobyte = "x".repeat(1000);
            for (int i = 0; i < AppLog.LIMIT_BYTES / 1000 * (AppLog.GENERATIONS + 1); i++) {
                logger.info(kilobyte);
            }
        } finally {
            logger.setUseParentHandlers(true);
            AppLog.stop(log);
        }

        try (Stream<Path> files = Files.list(AppLog.folder(appFolder))) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".log")))
                    .hasSize(AppLog.GENERATIONS)
                    .allSatisfy(file -> assertThat(Files.size(file)).isLessThanOrEqualTo(AppLog.LIMIT_BYTES + 2000L));
        }
    }
}
