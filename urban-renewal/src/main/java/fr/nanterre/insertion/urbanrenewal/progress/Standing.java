package fr.nanterre.insertion.urbanrenewal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where an operation, an owner's operations or a project stand against the charter: the Nanterre residents' hours
 * realised against the charter target, judged like a clause ({@link ComplianceStatus#judge}).
 *
 * @param charterTarget the charter rate × the estimated hours of work of the linked lots (summed over operations)
 * @param clausesTarget the sum of the targets of the linked lots' execution clauses
 * @param expectedByNow each operation's target × the elapsed share of its duration, summed
 * @param begun         some operation has started
 * @param closed        every operation has ended
 */
public record Standing(int charterTarget, int clausesTarget, BigDecimal expectedByNow, boolean begun, boolean closed,
                       Figures figures) {

    /** The hours the charter counts: those of Nanterre residents. */
    public BigDecimal realised() {
        return figures.nanterreHours();
    }

    /** Null while there is no target (no lot linked, or no hours of work known). */
    public @Nullable ComplianceStatus status() {
        if (charterTarget == 0) {
            return null;
        }
        return ComplianceStatus.judge(BigDecimal.valueOf(charterTarget), realised(), expectedByNow, begun, closed);
    }

    /** Realised ÷ target in percent to one decimal; null without a target. */
    public @Nullable BigDecimal percentOfTarget() {
        if (charterTarget == 0) {
            return null;
        }
        return realised().multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(charterTarget), 1,
                RoundingMode.HALF_UP);
    }

    /** The clauses reserve at least the hours the charter asks: when they don't, it is best fixed before the works. */
    public boolean covered() {
        return clausesTarget >= charterTarget;
    }

    /** Behind first, then failed, then the others; the least advanced first within each. */
    static int urgency(@Nullable ComplianceStatus status) {
        if (status == null) {
            return 5;
        }
        return switch (status) {
            case BEHIND -> 0;
            case FAILED -> 1;
            case NOT_STARTED -> 2;
            case ON_TRACK -> 3;
            case ACHIEVED -> 4;
        };
    }
}
