package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters about a contract, before it is checked.
 *
 * @param buyer              the City by default; another project owner (a social landlord, a developer) may be named
 * @param buyerId            the buyer's SIRET, as the DECP format writes it
 * @param plannedNotification when a planned contract should be notified (procurement plan)
 */
public record ContractDetails(String reference, String object, String buyer, @Nullable String buyerId,
                              Procedure procedure, @Nullable String cpvCode, Ccag ccag, BigDecimal amountExclTax,
                              int durationMonths, @Nullable LocalDate plannedNotification) {

    public static final String CITY = "Ville de Nanterre";

    /** The buyer named, without its surrounding spaces; the City when none is. */
    public String buyerOrCity() {
        return buyer == null || buyer.isBlank() ? CITY : buyer.strip();
    }
}
