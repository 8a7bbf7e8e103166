package fr.nanterre.insertion.procurement.contract;

import java.time.LocalDate;

import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of contracts to; a null field does not filter.
 *
 * @param text                part of the reference, object or buyer (any case, with or without accents)
 * @param buyer               the buyer, exactly
 * @param awardeeToCheck      only the contracts with an awardee the register cannot confirm, when true
 * @param compliance          only the contracts with an execution clause in this status today
 * @param socialConsideration only the contracts with a lot that has an execution clause, a social award criterion,
 *                            a reservation or is an insertion contract (as pillar 2's figures count them), when true
 * @param notifiedFrom        only the contracts notified on that day or later
 * @param notifiedTo          only the contracts notified on that day or earlier
 */
public record ContractFilter(@Nullable String text, @Nullable ContractStatus status, @Nullable String buyer,
                             boolean awardeeToCheck, @Nullable ComplianceStatus compliance,
                             boolean socialConsideration, @Nullable LocalDate notifiedFrom,
                             @Nullable LocalDate notifiedTo) {

    public static final ContractFilter ALL = new ContractFilter(null, null, null);

    public ContractFilter(@Nullable String text, @Nullable ContractStatus status, @Nullable String buyer) {
        this(text, status, buyer, false);
    }

    public ContractFilter(@Nullable String text, @Nullable ContractStatus status, @Nullable String buyer,
                          boolean awardeeToCheck) {
        this(text, status, buyer, awardeeToCheck, null, false, null, null);
    }

    /** Whether the filter says more than a query on the contracts' own columns can. */
    boolean looksIntoLots() {
        return compliance != null || socialConsideration || notifiedFrom != null || notifiedTo != null;
    }
}
