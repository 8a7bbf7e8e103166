package fr.nanterre.insertion.partners;

import java.time.LocalDate;

/**
 * A person as an employer names them on a statement: surname, first name and birth date, written as the employer
 * writes them. {@link ParticipantRegistry#matchIdentities} compares the names without case, accents, spaces,
 * hyphens or apostrophes, and the birth date exactly.
 */
public record IdentityKey(String lastName, String firstName, LocalDate birthDate) {
}
