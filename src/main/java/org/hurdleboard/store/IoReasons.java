package org.hurdleboard.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/**
 * Why a file operation failed, in words for a message: the system's reason ("No space left on
 * device"), never the library's text or the name of a hidden temporary file.
 */
final class IoReasons {
    private IoReasons() {
    }

    static String of(Exception error) {
        if (error instanceof SQLException) {
            return switch (WriteProblem.of(error)) {
                case DISK_FULL -> "the disk is full";
                case READ_ONLY -> "the file or its folder is read-only";
                case DRIVE_UNAVAILABLE, MOVED -> "the drive or folder cannot be reached";
                case LOCKED -> "another program is using the file";
                default -> "the database could not be written";
            };
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (error instanceof FileAlreadyExistsException) {
            return "a file of that name is already there";
        }
        if (error instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return error instanceof IOException && error.getMessage() != null ? error.getMessage() : "it could not be written";
    }
}
