package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A participant as other modules see them: always the pseudonymous reference; the identity only when the caller
 * has the role PARTNERS or FACILITATOR.
 *
 * @param anonymised the identity was erased (the retention period ran out, or on request)
 * @param identity   null unless the caller may see identities
 */
public record ParticipantSummary(UUID participantId, String reference, boolean anonymised,
                                 @Nullable Identity identity) {

    /** @param inseeCode the commune's INSEE code, 92050 for Nanterre */
    public record Identity(String lastName, String firstName, LocalDate birthDate, Sex sex, String commune,
                           String inseeCode, boolean qpvResident, boolean nanterreResident) {
    }
}
