package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.newSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adversary's corpus, made from one real workshop (two rounds, statuses, a discussion, undo
 * history): bit flips, zeroed runs, cut-short files, pages swapped, rows deleted or changed
 * without resealing, objects planted, header values changed. Each damaged copy is opened, and
 * read as {@code check} reads it; none may open with data different from the original. The
 * verdicts are counted and printed.
 */
class AdversarialCorpusTest {
    private static final int COPIES = 360;
    private static final int PAGE = 4096;
    private static final String[] TABLES = {"session", "deck", "category", "card", "round", "vote_count",
        "change_log", "prompt", "discussion_item", "table_check"};

    @TempDir
    Path dir;

    @Test
    void noDamagedCopyOpensWithDataDifferentFromTheOriginal() throws Exception {
        Path original = realWorkshop();
        byte[] good = Files.readAllBytes(original);
        String expected = snapshot(SessionFile.openReadOnly(original).session());
        Random random = new Random(15);
        Map<String, Integer> verdicts = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        ExecutorService opener = Executors.newSingleThreadExecutor();
        try {
            for (int copy = 0; copy < COPIES; copy++) {
                Path damaged = dir.resolve("damaged-" + copy + ".hurdles");
                String kind = damage(good, damaged, copy, random);
                // a hang would stop the suite: each file gets a generous, bounded time
                String verdict = opener.submit(() -> verdict(damaged, expected)).get(30, TimeUnit.SECONDS);
                verdicts.merge(verdict, 1, Integer::sum);
                if (verdict.startsWith("opened, changed")) {
                    changed.add(kind + ": " + verdict);
                }
            }
        } finally {
            opener.shutdownNow();
        }
        System.out.println("Adversarial corpus of " + COPIES + " damaged session files: " + verdicts);
        assertThat(verdicts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(COPIES);
        assertThat(changed).as("copies that opened with different data").isEmpty();
        assertThat(verdicts.keySet()).anyMatch(verdict -> verdict.startsWith("refused"));
    }

    /** "opened intact", "opened, changed (how)", or "refused PROBLEM" for open, and the same for check. */
    private static String verdict(Path damaged, String expected) {
        String opened;
        try (SessionFile file = SessionFile.open(damaged)) {
            String found = snapshot(file.session());
            opened = found.equals(expected) ? "opened intact" : "opened, changed by open";
        } catch (SessionFileException refused) {
            opened = "refused " + refused.problem();
        }
        if (!opened.startsWith("opened")) {
            return opened;
        }
        try {
            String checked = snapshot(SessionFile.read(damaged, true).session());
            return checked.equals(expected) ? opened : "opened, changed by check";
        } catch (SessionFileException refused) {
            return opened;
        }
    }

    private Path realWorkshop() throws Exception {
        Path path = dir.resolve("original.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Original \u00abday\u00bb"))) {
            Session session = file.session();
            for (int card = 1; card <= 50; card++) {
                session.setVotes(1, card, card % 9);
            }
            Voting voting = new Voting(session);
            voting.setStatus(12, CardStatus.BLOCKING);
            voting.setStatus(33, CardStatus.OVERCOME);
            Round second = voting.addRound("What first?", new RoundSettings(VotingRule.dots(3, 2), true, java.util.Set.of()));
            voting.takeDot(second.id(), 4);
            voting.takeDot(second.id(), 9);
            voting.pass(second.id());
            voting.revealCard(second.id(), 4);
            Capture capture = new Capture(session);
            capture.add(ItemKind.NOTE, 4, "We cannot use our phones \ud83d\ude80");
            capture.add(ItemKind.IDEA, 4, "Ask IT for a pilot");
            capture.addAction(4, "Write to the CIO", "Head of digital", LocalDate.of(2027, 1, 15), ActionState.OPEN);
            capture.champions(4, 3);
            capture.add(ItemKind.PARKED, 0, "Budget");
            session.setVotes(1, 2, 40);
            session.undo();
            file.flush();
        }
        return path;
    }

    /** Everything a facilitator or a report could see of a session, as one text. */
    private static String snapshot(Session session) {
        StringBuilder all = new StringBuilder();
        all.append(session.details()).append(session.deck()).append(session.statuses())
                .append(session.participantNames()).append(session.discussion().all())
                .append(session.discussion().allChampions()).append(session.addedCards())
                .append(session.doneChanges()).append(session.undoneChanges());
        for (Round round : session.rounds()) {
            all.append(round).append(session.votesOf(round.id())).append(session.settings(round.id()))
                    .append(session.revealed(round.id())).append(session.turn(round.id()));
        }
        return all.toString();
    }

    /** Writes one damaged copy, of a kind chosen by {@code copy}; returns what was done. */
    private static String damage(byte[] good, Path damaged, int copy, Random random) throws Exception {
        byte[] bytes = Arrays.copyOf(good, good.length);
        switch (copy % 9) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                Files.write(damaged, bytes);
                return "bits flipped";
            }
            case 1 -> {
                int start = random.nextInt(bytes.length);
                Arrays.fill(bytes, start, Math.min(bytes.length, start + 1 + random.nextInt(PAGE)), (byte) 0);
                Files.write(damaged, bytes);
                return "a run zeroed at " + start;
            }
            case 2 -> {
                int length = random.nextInt(bytes.length);
                Files.write(damaged, Arrays.copyOf(bytes, length));
                return "cut at " + length;
            }
            case 3 -> {
                int pages = bytes.length / PAGE;
                int from = 1 + random.nextInt(pages - 1);
                int to = 1 + random.nextInt(pages - 1);
                System.arraycopy(good, from * PAGE, bytes, to * PAGE, PAGE);
                Files.write(damaged, bytes);
                return "page " + from + " copied over page " + to;
            }
            default -> {
                Files.write(damaged, bytes);
                String sql = sqlDamage(damaged, random);
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + damaged);
                     Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (java.sql.SQLException e) {
                    return "refused by SQLite itself: " + sql;
                }
                return sql;
            }
        }
    }

    /** SQL another tool might run on the file, without resealing its checks. */
    private static String sqlDamage(Path file, Random random) throws Exception {
        String table = TABLES[random.nextInt(TABLES.length)];
        switch (random.nextInt(7)) {
            case 0:
                return "DELETE FROM " + table + " WHERE rowid IN (SELECT rowid FROM " + table + " ORDER BY random() LIMIT 1)";
            case 1:
                return "DELETE FROM vote_count WHERE card_number = " + (1 + random.nextInt(50));
            case 2:
                return "UPDATE vote_count SET votes = votes + 1 WHERE card_number = " + (1 + random.nextInt(50));
            case 3:
                return "CREATE TRIGGER t" + random.nextInt(100) + " AFTER UPDATE ON vote_count BEGIN"
                        + " DELETE FROM vote_count WHERE card_number = 1; END";
            case 4:
                return random.nextBoolean() ? "CREATE VIEW v AS SELECT * FROM " + table
                        : "CREATE INDEX i ON " + table + " (" + firstColumn(file, table) + ")";
            case 5:
                return "PRAGMA user_version = " + random.nextInt(8);
            default:
                return "UPDATE card SET title = title || ' ' WHERE number = " + (1 + random.nextInt(50));
        }
    }

    private static String firstColumn(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            return columns.next() ? columns.getString("name") : "rowid";
        }
    }
}
