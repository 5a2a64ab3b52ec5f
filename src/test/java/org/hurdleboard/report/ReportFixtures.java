package org.hurdleboard.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.domain.StatusSet;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;

/** Fixed workshops for report tests: the same data every run, so golden files stay golden. */
public final class ReportFixtures {
    public static final ReportText TEXT = new ReportText(Locale.UK);

    /** Text a room could type that must come out as text in every format. */
    public static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://x\",\"y\")",
            "@SUM(1)",
            "+1 -1 | pipe [link](http://evil.example) *bold* _under_ # not a heading",
            "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd right-to-left",
            "emoji \ud83d\ude80\ud83d\udc4d\ud83c\udffd",
            "A".repeat(10_000));

    private ReportFixtures() {
    }

    public static Deck smallDeck() {
        return new Deck("small", 2, "en-GB", "Small deck", "", new SourceCredit("Overcoming the Hurdles",
                "Tim Davies", "practicalparticipation wiki", "http://www.practicalparticipation.co.uk/wiki/",
                "Short titles written for Hurdle Board."),
                List.of(new Category("access", "Internet Access", "blue"),
                        new Category("culture", "Organisational Culture", "orange")),
                List.of(new Card(1, "access", "Sites blocked", "Access to Web 2.0 sites is blocked or filtered."),
                        new Card(2, "access", "No wifi", "There is no wireless network in meeting rooms."),
                        new Card(3, "culture", "Fear of mistakes", "Staff worry about saying the wrong thing."),
                        new Card(4, "culture", "No time", "Nobody has time to try new tools.")));
    }

    /** Card 3 leads (the room says it blocks us), cards 1 and 4 tie, card 2 has no votes (already overcome). */
    public static Session session() {
        Session session = Session.start(new SessionDetails("Team day", "Digital team", LocalDate.of(2026, 11, 29),
                "Sam Facilitator", 14), smallDeck(), "What blocks us?");
        session.restoreVotes(1, 3, 9);
        session.restoreVotes(1, 1, 4);
        session.restoreVotes(1, 4, 4);
        session.apply(new StatusSet(3, CardStatus.NONE, CardStatus.BLOCKING));
        session.apply(new StatusSet(2, CardStatus.NONE, CardStatus.OVERCOME));
        discuss(session, "Staff fear a public mistake", "A safe place to practise", "Head of comms", "No budget");
        return session;
    }

    /**
     * The discuss stage on card 3: two notes, an idea, two actions (one without a date), three
     * champions; a parking-lot item; and a card of the room's own (5), discussed too.
     */
    static void discuss(Session session, String note, String idea, String owner, String roomCard) {
        Capture capture = new Capture(session);
        capture.add(ItemKind.NOTE, 3, note);
        capture.add(ItemKind.NOTE, 3, "Nobody says what is allowed");
        capture.add(ItemKind.IDEA, 3, idea);
        capture.addAction(3, "Write a one-page guide", owner, LocalDate.of(2027, 1, 31), ActionState.DOING);
        capture.addAction(3, "Run a lunchtime session", "Sam", null, ActionState.OPEN);
        capture.champions(3, 3);
        capture.add(ItemKind.PARKED, 0, "Ask finance about a training budget");
        Card ours = capture.addCard("culture", roomCard, "There is no money for training.");
        capture.add(ItemKind.IDEA, ours.number(), "Free online courses");
    }

    public static SessionReport report() {
        return SessionReport.of(session());
    }

    /** Every text field of the workshop holds the same hostile text. */
    public static SessionReport hostileReport(String hostile) {
        List<Card> cards = new ArrayList<>();
        for (Card card : smallDeck().cards()) {
            cards.add(new Card(card.number(), card.categoryId(), hostile, hostile));
        }
        Deck deck = new Deck("hostile", 1, "en-GB", hostile, "", new SourceCredit(hostile, hostile, hostile,
                hostile, hostile), List.of(new Category("access", hostile, "blue"),
                new Category("culture", "Culture", "orange")), cards);
        Session session = Session.start(new SessionDetails(hostile, hostile, LocalDate.of(2026, 11, 29), hostile, 3),
                deck, hostile);
        session.restoreVotes(1, 1, 2);
        session.restoreVotes(1, 3, 1);
        discuss(session, hostile, hostile, hostile, hostile);
        new Capture(session).add(ItemKind.PARKED, 0, hostile);
        new Capture(session).addAction(3, hostile, hostile, null, ActionState.DONE);
        return SessionReport.of(session);
    }

    /** Two workshops whose titles, card titles and file names are all the same hostile text. */
    public static Comparison hostileComparison(String hostile) {
        return Comparison.of(List.of(new Comparison.Entry(hostile, hostileReport(hostile)),
                new Comparison.Entry(hostile + " 2", hostileReport(hostile))));
    }

    /** Three workshops on the small deck, oldest first: a before, a middle and an after. */
    public static Comparison comparison() {
        return Comparison.of(List.of(
                entry("before.hurdles", "Before", LocalDate.of(2026, 1, 15), 5, 2, 1, 3),
                entry("after.hurdles", "After", LocalDate.of(2026, 11, 29), 1, 0, 6, 2),
                entry("middle.hurdles", "Middle", LocalDate.of(2026, 6, 1), 3, 1, 3, 0)));
    }

    /** A workshop on the small deck with the votes of cards 1 to 4. */
    public static Comparison.Entry entry(String label, String title, LocalDate date, int... votes) {
        Session session = Session.start(new SessionDetails(title, "Digital team", date, "Sam", 10), smallDeck(),
                "What blocks us?");
        for (int card = 1; card <= votes.length; card++) {
            session.restoreVotes(1, card, votes[card - 1]);
        }
        return new Comparison.Entry(label, SessionReport.of(session));
    }
}
