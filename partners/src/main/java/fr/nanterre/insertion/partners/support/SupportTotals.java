package fr.nanterre.insertion.partners.support;

import java.math.BigDecimal;

import fr.nanterre.insertion.partners.StructureKind;
import org.jspecify.annotations.Nullable;

/**
 * The City's support in one year to the structures of one kind: how many structures, how much was granted and
 * paid, and the objectives against the results reported. A result is null while no structure of the kind
 * has reported it; otherwise it adds up the structures that did.
 */
public record SupportTotals(int year, StructureKind kind, int structures, BigDecimal granted, BigDecimal paid,
                            int objectiveHires, @Nullable Integer resultHires, int objectiveHours,
                            @Nullable Integer resultHours, int objectiveDurableExits,
                            @Nullable Integer resultDurableExits) {
}
