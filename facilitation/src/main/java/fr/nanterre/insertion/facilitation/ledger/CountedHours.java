package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/**
 * The hours one placement counts on one clause in one calendar year: its hand-entered and validated hours × its
 * share of the clause, before the modality's coefficient. Both reports of a change of the ledger are summed from
 * these: the clauses' totals for procurement, the breakdown by placement and year for urban renewal.
 *
 * @param residence null, with the sex and age band, for a placement made before its profile was kept
 */
record CountedHours(UUID clauseId, UUID placementId, UUID participantId, Modality modality, int year,
                    @Nullable Residence residence, @Nullable Sex sex, @Nullable AgeBand ageBand, BigDecimal hours) {
}
