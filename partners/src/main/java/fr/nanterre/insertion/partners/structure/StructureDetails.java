package fr.nanterre.insertion.partners.structure;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.nanterre.insertion.partners.StructureKind;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters about a structure, before it is checked: the form's record, and the import's line.
 *
 * @param agreementPostsFte number of insertion posts the State approved, in full-time equivalents
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
        @Nullable LocalDate agreementValidTo) {

    /** The few fields needed to register a structure; the rest can be completed later. */
    public static StructureDetails of(String name, StructureKind kind, String siret) {
        return new StructureDetails(name, kind, siret, null, null, null, null, false, null, null, null);
    }
}
