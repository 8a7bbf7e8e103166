package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** What a user enters about a lot and its social considerations other than the execution clause. */
public record LotDetails(int number, String title, BigDecimal amountExclTax, Reservation reservation,
                         boolean insertionContract, @Nullable BigDecimal criterionWeightPercent,
                         @Nullable String criterionCommitment) {
}
