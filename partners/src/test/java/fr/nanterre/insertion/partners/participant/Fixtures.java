package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.partners.Sex;

/** Test data. Tests share one database: every name carries a unique tag. */
final class Fixtures {

    private Fixtures() {
    }

    /** A word of 8 letters that no other test uses, so that a search on it finds this test's data only. */
    static String tag() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8);
    }

    static ParticipantDetails person(String lastName, String firstName) {
        return new ParticipantDetails(lastName, firstName, LocalDate.of(1975, 5, 17), Sex.FEMALE,
                "12 rue des Pâquerettes", "92000", "Nanterre", ParticipantDetails.NANTERRE_INSEE_CODE, true, true,
                "Mme Referente", ReferringOrganisation.PLIE);
    }

    static ParticipantDetails person(String lastName, String firstName, Sex sex, boolean qpvResident,
                                     ReferringOrganisation organisation) {
        return new ParticipantDetails(lastName, firstName, LocalDate.of(1990, 11, 3), sex, null, null,
                "Rueil-Malmaison", "92063", qpvResident, false, null, organisation);
    }
}
