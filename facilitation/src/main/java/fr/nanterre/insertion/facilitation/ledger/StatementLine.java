package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One line of a received statement, as it went into the ledger. */
public record StatementLine(String participantReference, String employerName, YearMonth month, BigDecimal hours) {
}
