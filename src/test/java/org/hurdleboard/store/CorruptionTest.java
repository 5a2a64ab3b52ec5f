package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.newSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hurdleboard.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files, as a pulled USB stick or a mangled email attachment leaves them: bytes flipped,
 * runs zeroed, the file cut short. Each one either opens with exactly the data it had or is
 * refused with a reason the app can put into words; none opens with quietly wrong data, crashes
 * the app or hangs it.
 */
class CorruptionTest {
    private static final int COPIES = 300;

    @TempDir
    Path dir;

    @Test
    void everyDamagedCopyOpensOrIsRefusedWithAReason() throws Exception {
        Path original = dir.resolve("original.hurdles");
        try (SessionFile file = SessionFile.create(original, newSession("Original"))) {
            for (int card = 1; card <= 50; card++) {
                file.session().setVotes(1, card, card);
            }
            file.session().undo();
        }
        byte[] good = Files.readAllBytes(original);
        Session expected;
        try (SessionFile file = SessionFile.openReadOnly(original)) {
            expected = file.session();
        }
        Random random = new Random(7);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        ExecutorService opener = Executors.newSingleThreadExecutor();
        try {
            for (int copy = 0; copy < COPIES; copy++) {
                Path damaged = dir.resolve("damaged-" + copy + ".hurdles");
                Files.write(damaged, damage(good, copy % 3, random));
                // a hang would stop the whole suite: give each file a generous, bounded time
                Future<Outcome> outcome = opener.submit(() -> tryToUse(damaged, expected));
                outcomes.merge(outcome.get(30, TimeUnit.SECONDS), 1, Integer::sum);
            }
        } finally {
            opener.shutdownNow();
        }
        System.out.println("Damaged session files: " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(COPIES);
        assertThat(outcomes).containsKey(Outcome.REFUSED).doesNotContainKey(Outcome.OPENED_CHANGED);
    }

    private enum Outcome { OPENED_INTACT, OPENED_CHANGED, REFUSED }

    /** Opening either fails with a SessionFileException or gives a session that works. */
    private static Outcome tryToUse(Path damaged, Session expected) {
        SessionFile file;
        try {
            file = SessionFile.open(damaged);
        } catch (SessionFileException refused) {
            assertThat(refused.problem()).isNotNull();
            return Outcome.REFUSED;
        }
        try (file) {
            Session session = file.session();
            boolean intact = session.deck().equals(expected.deck()) && session.details().equals(expected.details())
                    && session.votesOf(1).equals(expected.votesOf(1))
                    && session.doneChanges().equals(expected.doneChanges())
                    && session.undoneChanges().equals(expected.undoneChanges());
            // whatever it holds, the session must take a vote and an undo without failing
            int card = session.deck().cards().get(0).number();
            session.setVotes(1, card, session.votes(1, card) == 0 ? 1 : 0);
            session.undo();
            return intact ? Outcome.OPENED_INTACT : Outcome.OPENED_CHANGED;
        }
    }

    private static byte[] damage(byte[] good, int kind, Random random) {
        byte[] bytes = Arrays.copyOf(good, good.length);
        switch (kind) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                int start = random.nextInt(bytes.length);
                Arrays.fill(bytes, start, Math.min(bytes.length, start + 1 + random.nextInt(4096)), (byte) 0);
            }
            default -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
        }
        return bytes;
    }
}
