package fr.nanterre.insertion.partners.structure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.nanterre.insertion.partners.StructureKind;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters about a structure, before it is checked: the form's record, and the import's line.
 *
 * @param agreementPostsFte    number of insertion posts the State approved, in full-time equivalents
 * @param activities           CPV families and trade codes (see {@link Activities})
 * @param capacityPeople       the people the structure declares it can put to work on a purchase
 * @param capacityHoursPerYear the hours a year it declares it can work
 */
public record StructureDetails(
        String name,
        StructureKind kind,
        String siret,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String commune,
        @Nullable String inseeCode,
        boolean inQpv,
        @Nullable BigDecimal agreementPostsFte,
        @Nullable LocalDate agreementValidFrom,
        @Nullable LocalDate agreementValidTo,
        List<String> activities,
        @Nullable Integer capacityPeople,
        @Nullable Integer capacityHoursPerYear) {

    public StructureDetails {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** A structure's details without activities nor declared capacity. */
    public StructureDetails(String name, StructureKind kind, String siret, @Nullable String street,
                            @Nullable String postalCode, @Nullable String commune, @Nullable String inseeCode,
                            boolean inQpv, @Nullable BigDecimal agreementPostsFte,
                            @Nullable LocalDate agreementValidFrom, @Nullable LocalDate agreementValidTo) {
        this(name, kind, siret, street, postalCode, commune, inseeCode, inQpv, agreementPostsFte, agreementValidFrom,
                agreementValidTo, List.of(), null, null);
    }

    /** The same structure, with what it does and how much it can take on. */
    public StructureDetails withSupply(List<String> newActivities, @Nullable Integer people,
                                       @Nullable Integer hoursPerYear) {
        return new StructureDetails(name, kind, siret, street, postalCode, commune, inseeCode, inQpv,
                agreementPostsFte, agreementValidFrom, agreementValidTo, newActivities, people, hoursPerYear);
    }

    /** The few fields needed to register a structure; the rest can be completed later. */
    public static StructureDetails of(String name, StructureKind kind, String siret) {
        return new StructureDetails(name, kind, siret, null, null, null, null, false, null, null, null);
    }
}
