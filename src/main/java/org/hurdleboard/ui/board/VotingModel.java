package org.hurdleboard.ui.board;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Turn;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.ui.common.Messages;

/**
 * The voting half of the board's state: whose turn it is in a dot vote and what they have left,
 * why a dot was refused, reveals, statuses, rounds and the ranking. Every action is one change to
 * the session, so one Ctrl+Z undoes it.
 */
public final class VotingModel {
    private final BoardViewModel board;
    private final Session session;
    private final Voting voting;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper dotRound = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hidesVotes = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper turnText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dotsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper typedCard = new ReadOnlyStringWrapper("");
    /** A card number being typed for a dot: a participant can say it quietly, and the board shows nothing. */
    private final StringBuilder digits = new StringBuilder();
    private static final int MAX_CARD_DIGITS = 4;

    VotingModel(BoardViewModel board, Session session, Messages messages) {
        this.board = board;
        this.session = session;
        this.voting = new Voting(session);
        this.messages = messages;
    }

    /** True when the round shown is voted with dots, participant by participant. */
    public ReadOnlyBooleanProperty dotRoundProperty() {
        return dotRound.getReadOnlyProperty();
    }

    /** True when the round shown keeps counts hidden until they are revealed. */
    public ReadOnlyBooleanProperty hidesVotesProperty() {
        return hidesVotes.getReadOnlyProperty();
    }

    /** "Participant 7 of 18", or that everyone has voted. */
    public ReadOnlyStringProperty turnTextProperty() {
        return turnText.getReadOnlyProperty();
    }

    /** "2 dots left" for the participant whose turn it is. */
    public ReadOnlyStringProperty dotsTextProperty() {
        return dotsText.getReadOnlyProperty();
    }

    /** Why the last dot could not be placed, and what to do; empty when it could. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The card number typed so far, or dots in its place while votes are hidden. */
    public ReadOnlyStringProperty typedCardProperty() {
        return typedCard.getReadOnlyProperty();
    }

    boolean isTypingCard() {
        return digits.length() > 0;
    }

    void typeDigit(char digit) {
        if (digits.length() < MAX_CARD_DIGITS) {
            digits.append(digit);
            showTyped();
        }
    }

    void eraseDigit() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
            showTyped();
        }
    }

    void clearTyped() {
        digits.setLength(0);
        showTyped();
    }

    private void showTyped() {
        if (digits.length() == 0) {
            typedCard.set("");
        } else {
            typedCard.set(messages.get("vote.typedCard",
                    hidesVotes.get() ? "\u2022".repeat(digits.length()) : digits.toString()));
        }
    }

    /**
     * Places a dot on the card whose number was typed, without selecting it, so the room does not
     * see which card it went to.
     */
    void takeTypedDot() {
        typedCard().ifPresent(card -> takeDot(card.number()));
    }

    /** Takes back one of the participant's dots from the card whose number was typed. */
    void returnTypedDot() {
        typedCard().ifPresent(card -> returnDot(card.number()));
    }

    private Optional<Card> typedCard() {
        String typed = digits.toString();
        clearTyped();
        Optional<Card> card = session.deck().card(Integer.parseInt(typed));
        if (card.isEmpty()) {
            notice.set(messages.get("vote.noSuchCard", typed));
        }
        return card;
    }

    private int roundId() {
        return board.roundProperty().get().id();
    }

    /** Says why a count typed or pressed changed nothing: the round is open to phones. */
    void refusePhonesOpen() {
        notice.set(messages.get("vote.refused.PHONES_OPEN"));
    }

    /** Places a dot of the participant whose turn it is on the selected card. */
    public void takeDot() {
        Card card = board.selectedProperty().get();
        if (card != null) {
            takeDot(card.number());
        }
    }

    private void takeDot(int cardNumber) {
        if (!board.canChange()) {
            return;
        }
        Voting.Refusal refusal = voting.takeDot(roundId(), cardNumber);
        notice.set(refusal == Voting.Refusal.NONE ? ""
                : messages.get("vote.refused." + refusal.name(), participant(), cardNumber));
    }

    /** Takes back one of the participant's own dots from the selected card. */
    public void returnDot() {
        Card card = board.selectedProperty().get();
        if (card != null) {
            returnDot(card.number());
        }
    }

    private void returnDot(int cardNumber) {
        if (board.canChange()) {
            boolean returned = voting.returnDot(roundId(), cardNumber);
            notice.set(returned ? "" : messages.get("vote.noDotToReturn", participant(), cardNumber));
        }
    }

    /** Enter: the next participant's turn. */
    public void pass() {
        if (board.canChange() && voting.pass(roundId())) {
            notice.set("");
        }
    }

    public void revealAll() {
        if (board.canChange()) {
            voting.revealAll(roundId());
        }
    }

    public void revealCategory() {
        Card card = board.selectedProperty().get();
        if (card != null && board.canChange()) {
            voting.revealCategory(roundId(), card.categoryId());
        }
    }

    public void revealCard() {
        Card card = board.selectedProperty().get();
        if (card != null && board.canChange()) {
            voting.revealCard(roundId(), card.number());
        }
    }

    public void hideAgain() {
        if (board.canChange()) {
            voting.hideAll(roundId());
        }
    }

    public void setStatus(CardStatus status) {
        Card card = board.selectedProperty().get();
        if (card != null && board.canChange()) {
            voting.setStatus(card.number(), status);
        }
    }

    /** The next status of the selected card, round and round: for one key. */
    public void cycleStatus() {
        Card card = board.selectedProperty().get();
        if (card != null) {
            CardStatus[] all = CardStatus.values();
            setStatus(all[(session.status(card.number()).ordinal() + 1) % all.length]);
        }
    }

    /** Adds a round after the others and shows it. */
    public void addRound(String question, RoundSettings settings) {
        if (board.canChange()) {
            board.showRound(voting.addRound(question, settings));
        }
    }

    public List<String> participantNames() {
        return session.participantNames();
    }

    /** Names for the turns, one a line; an empty list makes the turns anonymous again. */
    public void setParticipantNames(List<String> names) {
        if (board.canChange()) {
            voting.setParticipantNames(names);
        }
    }

    /** Changes how the round shown is voted; false once anyone has voted in it. */
    public boolean changeSettings(RoundSettings settings) {
        return board.canChange() && voting.changeSettings(roundId(), settings);
    }

    /** True once the round shown has a vote or a dot placed: its rule can no longer change. */
    public boolean hasVotes() {
        return session.totalVotes(roundId()) > 0 || !session.turn(roundId()).equals(Turn.FIRST);
    }

    public RoundSettings settings() {
        return session.settings(roundId());
    }

    public List<Round> rounds() {
        return session.rounds();
    }

    /** The round shown, ranked with ties as ties, and its votes by category: the same numbers as the reports. */
    public RoundReport ranking() {
        return SessionReport.of(session).rounds().stream().filter(report -> report.roundId() == roundId())
                .findFirst().orElseThrow();
    }

    /** The cards with the most votes in the round shown: those ranked within the first {@code count}. */
    public Set<Integer> topCards(int count) {
        Set<Integer> top = new TreeSet<>();
        ranking().ranked().stream().filter(hurdle -> hurdle.rank() <= count)
                .forEach(hurdle -> top.add(hurdle.cardNumber()));
        return top;
    }

    void refresh() {
        int roundId = roundId();
        RoundSettings settings = session.settings(roundId);
        boolean turns = settings.rule().isPersonal() && settings.method() != VotingMethod.PHONES;
        dotRound.set(turns);
        hidesVotes.set(settings.hideVotes());
        if (!turns) {
            turnText.set("");
            dotsText.set("");
            return;
        }
        int participants = session.details().participants();
        Turn turn = session.turn(roundId);
        if (voting.allVoted(roundId)) {
            turnText.set(messages.get("vote.allVoted", participants));
            dotsText.set("");
        } else {
            String number = participants > 0 ? messages.get("vote.turn", turn.participant(), participants)
                    : messages.get("vote.turn.open", turn.participant());
            String name = session.participantName(turn.participant());
            turnText.set(name.isEmpty() ? number : messages.get("vote.turn.named", number, name));
            int left = voting.dotsLeft(roundId);
            dotsText.set(left == 1 ? messages.get("vote.dotsLeft.one") : messages.get("vote.dotsLeft", left));
        }
    }

    private int participant() {
        return session.turn(roundId()).participant();
    }
}
