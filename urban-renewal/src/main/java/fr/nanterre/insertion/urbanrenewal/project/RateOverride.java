package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.time.Instant;

/** A rate set for one operation instead of the one it inherits, with who set it, when and why. */
public record RateOverride(BigDecimal percent, String by, Instant at, String reason) {
}
