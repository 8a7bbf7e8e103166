package fr.nanterre.insertion.procurement;

import java.time.LocalDate;
import java.util.UUID;

/** A contract's execution ended; its clauses are judged achieved or failed from then on. */
public record ContractClosed(UUID contractId, String reference, LocalDate closedOn) {
}
