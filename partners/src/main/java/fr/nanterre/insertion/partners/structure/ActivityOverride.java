package fr.nanterre.insertion.partners.structure;

import java.time.Instant;

/** A user's decision that a structure is active, or not, whatever its dates say: who, when and why. */
public record ActivityOverride(boolean active, String reason, String decidedBy, Instant decidedAt) {
}
