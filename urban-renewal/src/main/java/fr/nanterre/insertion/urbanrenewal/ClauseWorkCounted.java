package fr.nanterre.insertion.urbanrenewal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import org.jspecify.annotations.Nullable;

/**
 * The hours counted on execution clauses, as the facilitators' ledger counts them (validated or hand-entered
 * hours × the placement's share of the clause × the modality's coefficient), broken down by placement and year,
 * with the profile each placement kept when it started: residence, sex, age band. One event per change of the
 * ledger, carrying the whole breakdown of every clause the change touched, so that a redelivery, or an older
 * count arriving late, changes nothing ({@code countedAt} orders them).
 *
 * <p>Urban renewal owns this type so that facilitation, downstream, can publish it without a cycle (as procurement
 * owns {@code ClausesProgressed}); the charter counts the hours of Nanterre residents and their QPV share from it.
 * It carries pseudonymous ids only, never an identity.
 */
public record ClauseWorkCounted(Instant countedAt, List<ClauseWork> clauses) {

    public ClauseWorkCounted {
        clauses = List.copyOf(clauses);
    }

    /** Everything counted on one clause since it started; an empty list when nothing counts any more. */
    public record ClauseWork(UUID clauseId, List<WorkedHours> hours) {

        public ClauseWork {
            hours = List.copyOf(hours);
        }
    }

    /**
     * The hours one placement counted on the clause in one calendar year.
     *
     * @param residence null (and so sex and age band) for a placement started before its profile was kept
     */
    public record WorkedHours(UUID placementId, UUID participantId, int year, @Nullable Residence residence,
                              @Nullable Sex sex, @Nullable AgeBand ageBand, BigDecimal hours) {
    }
}
