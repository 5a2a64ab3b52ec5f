package org.hurdleboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void theLastOpenedFileComesFirstAndAppearsOnce() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
        recent.remember(dir.resolve("a.hurdles"), "A");
        recent.remember(dir.resolve("b.hurdles"), "B");
        recent.remember(dir.resolve("a.hurdles"), "A again");

        List<RecentFiles.Entry> entries = new RecentFiles(dir.resolve("recent.json")).load();

        assertThat(entries).extracting(RecentFiles.Entry::title).containsExactly("A again", "B");
    }

    @Test
    void keepsOnlyTheLastTen() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
        for (int i = 1; i <= 12; i++) {
            recent.remember(dir.resolve(i + ".hurdles"), "W" + i);
        }

        assertThat(recent.load()).hasSize(RecentFiles.MAX_ENTRIES)
                .first().extracting(RecentFiles.Entry::title).isEqualTo("W12");
    }

    @Test
    void forgetsAFile() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
        recent.remember(dir.resolve("a.hurdles"), "A");
        recent.remember(dir.resolve("b.hurdles"), "B");

        recent.forget(dir.resolve("a.hurdles"));

        assertThat(recent.load()).extracting(RecentFiles.Entry::title).containsExactly("B");
    }

    @Test
    void aDamagedOrMissingListIsEmptyNotAnError() throws Exception {
        assertThat(new RecentFiles(dir.resolve("none.json")).load()).isEmpty();
        Path damaged = Files.writeString(dir.resolve("damaged.json"), "[{\"path\": ");
        assertThat(new RecentFiles(damaged).load()).isEmpty();

        new RecentFiles(damaged).remember(dir.resolve("c.hurdles"), "C");
        assertThat(new RecentFiles(damaged).load()).extracting(RecentFiles.Entry::title).containsExactly("C");
    }

    @Test
    void fieldsAddedByALaterVersionDoNotLoseTheList() throws Exception {
        Path file = Files.writeString(dir.resolve("recent.json"),
                "[{\"path\": \"/x/a.hurdles\", \"title\": \"A\", \"openedAt\": \"2026-11-29T10:00:00Z\", \"pinned\": true}]");

        assertThat(new RecentFiles(file).load()).extracting(RecentFiles.Entry::title).containsExactly("A");
    }

    @Test
    void oddEntriesAreSteppedOverAndTheRestStays() throws Exception {
        Path file = Files.writeString(dir.resolve("recent.json"), "[null, 7, [\"x\"], {\"path\": 5},"
                + " {\"path\": \"/x/b.hurdles\", \"title\": \"B\", \"more\": {\"deep\": [1, {\"path\": \"/no\"}]}}]");

        assertThat(new RecentFiles(file).load()).extracting(RecentFiles.Entry::path).containsExactly("/x/b.hurdles");
    }

    @Test
    void oddTitlesComeBackAsTheyWere() throws Exception {
        String odd = "\"<script>\\ =HYPERLINK(\"x\") \u0645\u0631\u062d\u0628\u0627 \uD83D\uDE00\n";
        RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
        recent.remember(dir.resolve("odd.hurdles"), odd);

        assertThat(new RecentFiles(dir.resolve("recent.json")).load()).extracting(RecentFiles.Entry::title)
                .containsExactly(odd);
    }
}
