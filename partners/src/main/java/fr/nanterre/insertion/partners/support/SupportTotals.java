package fr.nanterre.insertion.partners.support;

import java.math.BigDecimal;

import fr.nanterre.insertion.partners.StructureKind;

/**
 * The City's support in one year to the structures of one kind: how many structures, how much was granted and
 * paid, and the objectives against the results reported (results count only the structures that reported).
 */
public record SupportTotals(int year, StructureKind kind, int structures, BigDecimal granted, BigDecimal paid,
                            int objectiveHires, int resultHires, int objectiveHours, int resultHours,
                            int objectiveDurableExits, int resultDurableExits) {
}
