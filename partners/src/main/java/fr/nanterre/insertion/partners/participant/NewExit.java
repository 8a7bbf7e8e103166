package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;

/** The exit from a pathway as a user records it. */
public record NewExit(LocalDate date, ExitOutcome outcome) {
}
