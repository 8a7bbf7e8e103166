package fr.nanterre.insertion.facilitation.ledger;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the statements list keeps.
 *
 * @param text   part of the file's name or of who received it, any case
 * @param states the states kept; all of them when empty
 */
public record StatementFilter(@Nullable String text, Set<StatementState> states) {

    public StatementFilter {
        states = Set.copyOf(states);
    }

    public static StatementFilter in(Set<StatementState> states) {
        return new StatementFilter(null, states);
    }
}
