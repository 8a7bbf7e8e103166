package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;

/** Where an execution clause stands against its target (DESIGN.md §2). */
public enum ComplianceStatus {
    /** No hour yet, and the contract's execution has not begun. */
    NOT_STARTED,
    /** At least the target × the elapsed share of the contract's duration. */
    ON_TRACK,
    /** Less than the target × the elapsed share of the contract's duration. */
    BEHIND,
    /** The target is reached. */
    ACHIEVED,
    /** The contract was closed under 100 % of the target. */
    FAILED;

    /**
     * The rule, for a clause or for anything judged like one (the charter's operations, owners and projects).
     *
     * @param expectedByNow the target × the elapsed share of the duration (summed, for several operations)
     * @param begun         the execution has begun (some of the duration has elapsed)
     * @param closed        the execution is over: the target is achieved or failed
     */
    public static ComplianceStatus judge(BigDecimal target, BigDecimal realised, BigDecimal expectedByNow,
                                         boolean begun, boolean closed) {
        if (closed) {
            return realised.compareTo(target) >= 0 ? ACHIEVED : FAILED;
        }
        if (realised.compareTo(target) >= 0) {
            return ACHIEVED;
        }
        if (realised.signum() == 0 && !begun) {
            return NOT_STARTED;
        }
        return realised.compareTo(expectedByNow) < 0 ? BEHIND : ON_TRACK;
    }
}
