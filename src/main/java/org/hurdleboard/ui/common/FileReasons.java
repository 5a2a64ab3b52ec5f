package org.hurdleboard.ui.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in the app's language. The libraries and the file system say it
 * in English ("permission denied", "No space left on device"), which a Welsh message would carry
 * in the middle of its sentence. Known kinds are found anywhere along the error's causes; for any
 * other the system's own words are kept.
 */
public final class FileReasons {
    private FileReasons() {
    }

    /** The reason for a message's sentence; {@code otherwise} when the kind is not known. */
    public static String of(Messages messages, Throwable error, String otherwise) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String key = keyFor(cause);
            if (key != null) {
                return messages.get(key);
            }
        }
        return otherwise;
    }

    /** As {@link #of(Messages, Throwable, String)}, keeping the error's own message otherwise. */
    public static String of(Messages messages, Throwable error) {
        return of(messages, error, error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName());
    }

    private static String keyFor(Throwable error) {
        if (error instanceof AccessDeniedException) {
            return "file.why.denied";
        }
        if (error instanceof NoSuchFileException || error instanceof NotDirectoryException) {
            return "file.why.noFolder";
        }
        if (error instanceof FileAlreadyExistsException) {
            return "file.why.nameTaken";
        }
        String said = error instanceof FileSystemException system && system.getReason() != null
                ? system.getReason() : error.getMessage();
        String lower = said == null ? "" : said.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk quota")
                || lower.contains("disk is full")) {
            return "file.why.full";
        }
        if (lower.contains("read-only file system") || lower.contains("readonly database")) {
            return "file.why.readOnly";
        }
        return null;
    }
}
