package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where one execution clause stands today: its target, the hours realised (as facilitation validated them),
 * their ETP, the people, the compliance status, and the penalty (owed once the contract is closed; otherwise
 * what would be owed if it closed today).
 */
public record ClauseStanding(UUID clauseId, int lotNumber, String lotTitle, @Nullable String awardee,
                             int targetHours, BigDecimal realisedHours, BigDecimal percentOfTarget, BigDecimal etp,
                             int people, ComplianceStatus status, BigDecimal penalty,
                             Map<Modality, BigDecimal> hoursByModality) {
}
