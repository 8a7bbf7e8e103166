package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.partners.Sex;

/** One line of the list of participants. */
public record ParticipantRow(UUID id, String reference, String lastName, String firstName, LocalDate birthDate,
                             Sex sex, String commune, boolean qpvResident,
                             ReferringOrganisation referringOrganisation, LocalDate enrolledOn, boolean anonymised) {
}
