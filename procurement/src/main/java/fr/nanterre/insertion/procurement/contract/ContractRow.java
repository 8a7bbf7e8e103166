package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract as the contracts' grid and its export show it, read with its lots in one statement per page
 * ({@link ContractRows}) rather than as an aggregate whose lots take one more query per contract.
 *
 * @param lots        its lots, "1. Gros œuvre · 2. Peinture", in their order; blank when it has none
 * @param targetHours the sum of its execution clauses' targets
 */
public record ContractRow(UUID id, String reference, String object, String buyer, Procedure procedure,
                          @Nullable String cpvCode, BigDecimal amountExclTax, int durationMonths,
                          @Nullable LocalDate notifiedOn, ContractStatus status, boolean awardeeToCheck,
                          int lotCount, String lots, int targetHours) {
}
