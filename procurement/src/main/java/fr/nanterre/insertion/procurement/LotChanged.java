package fr.nanterre.insertion.procurement;

/**
 * A lot of a registered contract was changed by hand: its amount, its title or its execution clause (a new
 * target, new calculator inputs). Modules that keep a copy of the lot (urban renewal, for the lots that carry out
 * its operations) refresh it; the others ignore it. Awards and closures have their own events.
 */
public record LotChanged(LotSummary lot) {
}
