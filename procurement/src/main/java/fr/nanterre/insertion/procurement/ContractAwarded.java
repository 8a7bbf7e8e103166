package fr.nanterre.insertion.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contract was notified to its awardees, with the insertion-hours target of each execution clause. */
public record ContractAwarded(UUID contractId, String reference, String buyer, LocalDate notifiedOn,
                              int durationMonths, List<AwardedLot> lots) {

    public ContractAwarded {
        lots = List.copyOf(lots);
    }

    /**
     * @param awardeeSiret       null for an awardee without a SIRET (a foreign company, known by its VAT number)
     * @param clauseId           null when the lot has no execution clause
     * @param estimatedWorkHours the hours of work its clause's calculator inputs estimate (see
     *                           {@link LotSummary#estimatedWorkHours()}); null when they say nothing of them
     */
    public record AwardedLot(UUID lotId, int number, String title, @Nullable String awardeeSiret,
                             @Nullable UUID awardeeStructureId, @Nullable UUID clauseId, int targetHours,
                             @Nullable Integer estimatedWorkHours) {

        /** A lot whose clause's inputs estimate no hours of work. */
        public AwardedLot(UUID lotId, int number, String title, @Nullable String awardeeSiret,
                          @Nullable UUID awardeeStructureId, @Nullable UUID clauseId, int targetHours) {
            this(lotId, number, title, awardeeSiret, awardeeStructureId, clauseId, targetHours, null);
        }
    }
}
