package fr.nanterre.insertion.procurement.contract;

import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of contracts to; a null field does not filter.
 *
 * @param text           part of the reference, object or buyer (any case, with or without accents)
 * @param awardeeToCheck only the contracts with an awardee the register cannot confirm, when true
 */
public record ContractFilter(@Nullable String text, @Nullable ContractStatus status, @Nullable String buyer,
                             boolean awardeeToCheck) {

    public static final ContractFilter ALL = new ContractFilter(null, null, null);

    public ContractFilter(@Nullable String text, @Nullable ContractStatus status, @Nullable String buyer) {
        this(text, status, buyer, false);
    }
}
