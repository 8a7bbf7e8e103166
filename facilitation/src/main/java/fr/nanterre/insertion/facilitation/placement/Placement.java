package fr.nanterre.insertion.facilitation.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.ParticipantProfile;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant placed on one or more clauses with an employer (the awardee, or an ETTI, AI, GEIQ or SIAE),
 * with the eligibility decision taken at the start: the criteria met then, who validated them and when, or
 * the justified exception; and the participant's profile then (residence, sex, age band) for the statistics.
 *
 * @param profileAtStart null for a placement made before facilitation kept it
 */
@Table(schema = "facilitation", name = "placement")
public record Placement(@Id UUID id, UUID participantId, String participantReference, String employerSiret,
                        String employerName, Modality modality, @Nullable ContractType contractType,
                        LocalDate startDate, @Nullable LocalDate endDate, boolean eligibleAtStart,
                        @Nullable String exceptionJustification, String validatedBy, Instant validatedAt,
                        @Embedded.Nullable(prefix = "start_") @Nullable ProfileAtStart profileAtStart,
                        @MappedCollection(idColumn = "placement_id", keyColumn = "position")
                        List<PlacementCriterion> criteria,
                        @MappedCollection(idColumn = "placement_id", keyColumn = "position")
                        List<ClauseShare> shares,
                        @Version @Nullable Long version) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws NotEligibleException     when the snapshot says not eligible and no justification is given
     * @throws IllegalArgumentException when the dates, the SIRET or the shares break their rule
     */
    static Placement start(UUID participantId, NewPlacement input, EligibilitySnapshot eligibility,
                           ParticipantProfile profile, String facilitator, Instant now) {
        checkDates(input.startDate(), input.endDate());
        checkShares(input.shares());
        String justification = input.exceptionJustification() == null || input.exceptionJustification().isBlank()
                ? null : input.exceptionJustification().strip();
        if (!eligibility.eligible() && justification == null) {
            throw new NotEligibleException(input.participantReference(), input.startDate());
        }
        return new Placement(UUID.randomUUID(), participantId, input.participantReference(),
                Siret.parse(input.employerSiret()).value(), input.employerName().strip(), input.modality(),
                input.modality() == Modality.DIRECT_HIRE ? input.contractType() : null, input.startDate(),
                input.endDate(), eligibility.eligible(), justification, facilitator, now, ProfileAtStart.of(profile),
                eligibility.criteria().stream().map(c -> new PlacementCriterion(c.code(), c.level(), c.proofDate(),
                        c.validUntil())).toList(),
                List.copyOf(input.shares()), null);
    }

    /**
     * The placement with its employer, modality, end date or shares changed; the eligibility decision and the
     * profile at the start stay.
     *
     * @throws IllegalArgumentException when the dates, the SIRET or the shares break their rule
     */
    Placement revised(PlacementChange change) {
        checkDates(startDate, change.endDate());
        checkShares(change.shares());
        return new Placement(id, participantId, participantReference, Siret.parse(change.employerSiret()).value(),
                change.employerName().strip(), change.modality(),
                change.modality() == Modality.DIRECT_HIRE ? change.contractType() : null, startDate,
                change.endDate(), eligibleAtStart, exceptionJustification, validatedBy, validatedAt, profileAtStart,
                criteria, List.copyOf(change.shares()), version);
    }

    private static void checkDates(LocalDate start, @Nullable LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A placement ends after it starts");
        }
    }

    private static void checkShares(List<ClauseShare> shares) {
        if (shares.isEmpty() || shares.stream().map(ClauseShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("The clause shares of a placement sum to 100 %");
        }
        if (shares.stream().anyMatch(share -> share.percent().signum() <= 0)) {
            throw new IllegalArgumentException("Each clause share is above 0 %");
        }
        if (shares.stream().map(ClauseShare::clauseId).distinct().count() != shares.size()) {
            throw new IllegalArgumentException("A clause appears once among the shares");
        }
    }
}
