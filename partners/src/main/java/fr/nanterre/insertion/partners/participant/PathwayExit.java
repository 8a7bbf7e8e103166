package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;

import fr.nanterre.insertion.partners.OutcomeCategory;

/**
 * The end of a pathway. The category is stored next to the outcome, so that statistics count categories in SQL.
 */
public record PathwayExit(LocalDate date, ExitOutcome outcome, OutcomeCategory category) {

    public PathwayExit {
        if (category != outcome.category()) {
            throw new IllegalArgumentException(outcome + " is a " + outcome.category() + ", not a " + category);
        }
    }

    static PathwayExit of(LocalDate date, ExitOutcome outcome) {
        return new PathwayExit(date, outcome, outcome.category());
    }
}
