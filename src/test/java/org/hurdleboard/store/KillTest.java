package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulling the plug: every vote the app had saved before it was killed is still in the file. */
class KillTest {
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void aKilledAppLosesNoVoteItHadSaved() throws Exception {
        Path path = dir.resolve("killed.hurdles");
        SessionFile.create(path, Session.start(new SessionDetails("Killed", "", LocalDate.of(2026, 11, 29), "", 9),
                new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "Q")).close();
        Random random = new Random(42);
        Map<Integer, Integer> acknowledged = new HashMap<>();

        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), VotingChild.class.getName(), path.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int votesBeforeKill = 20 + random.nextInt(200);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                while (seen < votesBeforeKill) {
                    String line = out.readLine();
                    assertThat(line).as("the voting child is still running").isNotNull();
                    if (line.startsWith("saved ")) {
                        String[] vote = line.split(" ");
                        acknowledged.put(Integer.parseInt(vote[1]), Integer.parseInt(vote[2]));
                        seen++;
                    }
                }
                child.destroyForcibly().waitFor();
            }

            try (SessionFile reopened = SessionFile.open(path)) {
                Session session = reopened.session();
                for (Map.Entry<Integer, Integer> vote : acknowledged.entrySet()) {
                    assertThat(session.votes(1, vote.getKey())).as("card %d after kill %d", vote.getKey(), kill)
                            .isGreaterThanOrEqualTo(vote.getValue());
                }
            }
        }
    }
}
