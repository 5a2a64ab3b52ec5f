package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A file that could not be written is explained in the app's language, not in the system's English. */
class FileReasonsTest {
    private final Messages welsh = new Messages(DisplayLocale.WELSH);
    private final Messages english = new Messages(Locale.UK);

    @Test
    void eachKnownKindIsSaidInWelshWhereverItIsAmongTheCauses() {
        // the report writer wraps the system's error in one of its own, in English
        IOException denied = new IOException("permission denied", new AccessDeniedException("/srv/share/Team day.html"));
        assertThat(FileReasons.of(welsh, denied)).isEqualTo(welsh.get("file.why.denied"))
                .doesNotContain("permission", "/srv");
        assertThat(FileReasons.of(welsh, new NoSuchFileException("/media/usb/x"))).isEqualTo(welsh.get("file.why.noFolder"));
        assertThat(FileReasons.of(welsh, new FileAlreadyExistsException("/home/sam/plain.txt")))
                .isEqualTo(welsh.get("file.why.nameTaken"));
        assertThat(FileReasons.of(welsh, new FileSystemException("/media/usb/x.pdf", null, "No space left on device")))
                .isEqualTo("mae\u2019r gyriant yn llawn");
        assertThat(FileReasons.of(welsh, new IOException("There is not enough space on the disk")))
                .isEqualTo(welsh.get("file.why.full"));
        assertThat(FileReasons.of(welsh, new SQLException("[SQLITE_FULL] Insertion failed (database or disk is full)")))
                .isEqualTo(welsh.get("file.why.full"));
        assertThat(FileReasons.of(welsh, new FileSystemException("/media/cd/x", null, "Read-only file system")))
                .isEqualTo(welsh.get("file.why.readOnly"));
        assertThat(FileReasons.of(english, new AccessDeniedException("x"))).isEqualTo("you are not allowed to save in that folder");
    }

    @Test
    void anUnknownKindKeepsTheSystemsOwnWordsOrWhatTheCallerGave() {
        assertThat(FileReasons.of(welsh, new FileSystemException("/x", null, "Input/output error")))
                .isEqualTo("/x: Input/output error");
        assertThat(FileReasons.of(welsh, new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(FileReasons.of(welsh, null, "the folder is locked")).isEqualTo("the folder is locked");
    }
}
