package org.hurdleboard.ui.phones;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.hurdleboard.domain.Applied;
import org.hurdleboard.domain.BallotCast;
import org.hurdleboard.domain.BallotRefusal;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.phone.BallotBox;
import org.hurdleboard.phone.BallotPaper;
import org.hurdleboard.phone.CastResult;
import org.hurdleboard.report.CategoryColours;
import org.hurdleboard.store.WriteProblem;
import org.hurdleboard.ui.workshop.WorkshopModel;

/**
 * The phone server's door into the workshop. The server reads a snapshot (the open round's paper
 * and the ballots' own dots) from any thread; the snapshot is brought up to date on the FX thread
 * after each change. A ballot goes in through the workshop's one owner ({@link WorkshopModel#submit})
 * and its answer comes when the file has saved it, or could not.
 */
public final class PhoneBallotBox implements BallotBox {
    private final WorkshopModel workshop;
    private final String language;
    private final PhoneVoting phones;
    private volatile Optional<BallotPaper> paper = Optional.empty();
    private volatile int ballotsIn;
    private final Map<String, Map<Integer, Integer>> ballots = new ConcurrentHashMap<>();
    /** Ballots recorded and not yet written, by the very change (FX thread only). */
    private final Map<SessionChange, CompletableFuture<CastResult>> unsaved = new IdentityHashMap<>();
    /** The ballot the session recorded during the cast being made (FX thread only). */
    private BallotCast justRecorded;

    /** {@code language} is the app's ("en" or "cy"), the page's default. */
    public PhoneBallotBox(WorkshopModel workshop, String language) {
        this.workshop = workshop;
        this.language = language;
        this.phones = new PhoneVoting(workshop.session());
        workshop.session().addListener(this::changed);
        workshop.whenWritten(this::written);
        refresh();
    }

    @Override
    public Optional<BallotPaper> paper() {
        return paper;
    }

    @Override
    public Map<Integer, Integer> ballot(String ballotId) {
        return ballotId == null ? Map.of() : ballots.getOrDefault(ballotId, Map.of());
    }

    @Override
    public int ballotsIn() {
        return ballotsIn;
    }

    @Override
    public CompletionStage<CastResult> cast(String ballotId, Map<Integer, Integer> dots) {
        CompletableFuture<CastResult> answer = new CompletableFuture<>();
        if (!workshop.canChange()) {
            answer.complete(CastResult.NOT_SAVED);
            return answer;
        }
        Map<Integer, Integer> copy = Map.copyOf(dots);
        workshop.submit(session -> {
            if (workshop.saveStateProperty().get() == WorkshopModel.SaveState.FAILED) {
                // the file takes no more writes: a ballot kept only in memory is not a saved vote
                answer.complete(CastResult.NOT_SAVED);
                return;
            }
            justRecorded = null;
            BallotRefusal refusal = phones.cast(session.currentRound().id(), ballotId, copy);
            if (refusal != BallotRefusal.NONE) {
                answer.complete(resultOf(refusal));
            } else if (justRecorded == null) {
                answer.complete(CastResult.STORED); // the same ballot again: saved already
            } else {
                unsaved.put(justRecorded, answer);
            }
        });
        return answer;
    }

    private static CastResult resultOf(BallotRefusal refusal) {
        switch (refusal) {
            case NOT_OPEN:
                return CastResult.CLOSED;
            case FULL:
                return CastResult.FULL;
            default:
                return CastResult.NOT_ALLOWED;
        }
    }

    private void written(SessionChange change, Optional<WriteProblem> problem) {
        CompletableFuture<CastResult> answer = unsaved.remove(change);
        if (answer != null) {
            answer.complete(problem.isEmpty() ? CastResult.STORED : CastResult.NOT_SAVED);
        }
    }

    private void changed(Applied applied) {
        if (applied.change() instanceof BallotCast cast) {
            justRecorded = cast;
            ballots.put(cast.ballotId(), cast.after());
            ballotsIn = workshop.session().ballotsIn(cast.roundId());
        } else {
            refresh();
        }
    }

    /** Reads the open round again: after anything but a ballot, which changes only itself. */
    private void refresh() {
        Session session = workshop.session();
        Round round = session.currentRound();
        if (!phones.isOpen(round.id())) {
            paper = Optional.empty();
            ballots.clear();
            ballotsIn = session.ballotsIn(round.id());
            return;
        }
        ballots.keySet().retainAll(session.ballots(round.id()).keySet());
        ballots.putAll(session.ballots(round.id()));
        ballotsIn = session.ballotsIn(round.id());
        paper = Optional.of(paperOf(session, round));
    }

    private BallotPaper paperOf(Session session, Round round) {
        RoundSettings settings = session.settings(round.id());
        VotingRule rule = settings.rule();
        BallotPaper.Rule paperRule = rule.isApproval()
                ? new BallotPaper.Rule(BallotPaper.Rule.Kind.APPROVAL, 0, 0)
                : new BallotPaper.Rule(BallotPaper.Rule.Kind.DOTS, rule.dotsEach(), rule.maxPerCard());
        List<BallotPaper.Category> categories = new ArrayList<>();
        for (Category category : session.deck().categories()) {
            List<BallotPaper.Card> cards = new ArrayList<>();
            for (Card card : session.deck().cardsIn(category.id())) {
                if (settings.includes(card.number())) {
                    cards.add(new BallotPaper.Card(card.number(), card.title()));
                }
            }
            if (!cards.isEmpty()) {
                categories.add(new BallotPaper.Category(category.id(), category.name(),
                        CategoryColours.hex(category.colour()), cards));
            }
        }
        return new BallotPaper(round.id(), round.question(), language, paperRule, categories,
                phones.maxBallots(round.id()));
    }
}
