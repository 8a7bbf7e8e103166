package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Another module's last activity with a participant (facilitation: placements, hours worked, referrals), so that the
 * retention period counts from the last activity in any module, and a participant with a running placement is never
 * anonymised. Owned by partners, published downstream (as {@code ClausesProgressed} is owned by procurement).
 *
 * @param lastActivity     the last day something happened with the person in that module
 * @param placementRunning a placement is running today (no end date, or an end date not yet past)
 */
public record ParticipantActivityReported(UUID participantId, LocalDate lastActivity, boolean placementRunning) {
}
