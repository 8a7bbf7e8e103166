package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The hours of one placement in one month, as the ledger holds them.
 *
 * @param statementFile  the statement they came from, or null when a facilitator entered them by hand
 * @param statementState that statement's state
 */
public record HoursEntry(YearMonth month, BigDecimal hours, @Nullable String statementFile,
                         @Nullable StatementState statementState, String enteredBy) {

    /** Hand-entered hours count at once; a statement's once it is validated. */
    public boolean counts() {
        return statementFile == null || statementState == StatementState.VALIDATED;
    }
}
