package fr.nanterre.insertion.procurement.contract;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.procurement.FullTimeEquivalents;
import fr.nanterre.insertion.procurement.clause.ClauseProgress;
import fr.nanterre.insertion.procurement.clause.ClauseProgressProjection;
import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The compliance of a contract's execution clauses, from the progress facilitation reported. */
@Service
@PreAuthorize("isAuthenticated()")
public class ClauseFollowUp {

    private final ClauseProgressProjection progress;
    private final FullTimeEquivalents etp;
    private final Clock clock;

    ClauseFollowUp(ClauseProgressProjection progress, FullTimeEquivalents etp, Clock clock) {
        this.progress = progress;
        this.etp = etp;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ClauseStanding> of(Contract contract) {
        List<Lot> withClause = contract.lots().stream().filter(lot -> lot.clause() != null).toList();
        Map<UUID, ClauseProgress> reported = progress.ofAll(withClause.stream().map(l -> l.clause().id()).toList());
        LocalDate today = LocalDate.now(clock);
        return withClause.stream().map(lot -> {
            ExecutionClause clause = lot.clause();
            ClauseProgress realised = reported.getOrDefault(clause.id(), ClauseProgress.none(clause.id()));
            ComplianceStatus status = ComplianceStatus.NOT_STARTED;
            Compliance compliance = null;
            if (contract.notifiedOn() != null) {
                compliance = new Compliance(clause.targetHours(), realised.realisedHours(), contract.notifiedOn(),
                        contract.durationMonths(), contract.closedOn());
                status = compliance.statusOn(today);
            }
            Compliance judged = compliance != null ? compliance : new Compliance(clause.targetHours(),
                    realised.realisedHours(), today, contract.durationMonths(), null);
            return new ClauseStanding(clause.id(), lot.number(), lot.title(), lot.awardeeName(), clause.targetHours(),
                    realised.realisedHours(), judged.percentOfTarget().setScale(1, RoundingMode.HALF_UP),
                    etp.of(realised.realisedHours()), realised.people(), status,
                    judged.penalty(clause.penaltyPerHour()), realised.hoursByModality());
        }).toList();
    }
}
