package org.hurdleboard.deck;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A deck file that cannot be used, with every problem found in it. */
public final class DeckFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DeckProblem> problems;

    public DeckFormatException(List<DeckProblem> problems) {
        super(problems.stream().map(p -> p.describe(Locale.UK)).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DeckProblem> problems() {
        return problems;
    }
}
