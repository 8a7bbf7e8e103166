package fr.nanterre.insertion.facilitation.pipeline;

import java.util.Set;

/**
 * Where a referral stands: referred, then interviewed, then hired or not retained. Hired and not retained are
 * final.
 */
public enum ReferralStatus {
    REFERRED, INTERVIEW, HIRED, NOT_RETAINED;

    /** Whether a referral in this status may move to the next one. A hire follows an interview. */
    public boolean canMoveTo(ReferralStatus next) {
        return switch (this) {
            case REFERRED -> Set.of(INTERVIEW, NOT_RETAINED).contains(next);
            case INTERVIEW -> Set.of(HIRED, NOT_RETAINED).contains(next);
            case HIRED, NOT_RETAINED -> false;
        };
    }

    /** @throws IllegalStateException when a referral in this status may not move to the next one */
    void checkMoveTo(ReferralStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("A referral " + this + " cannot move to " + next);
        }
    }
}
