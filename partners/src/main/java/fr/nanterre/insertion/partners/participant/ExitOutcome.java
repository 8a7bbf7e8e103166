package fr.nanterre.insertion.partners.participant;

import static fr.nanterre.insertion.partners.OutcomeCategory.DURABLE_JOB;
import static fr.nanterre.insertion.partners.OutcomeCategory.POSITIVE_EXIT;
import static fr.nanterre.insertion.partners.OutcomeCategory.TRANSITION_JOB;

import fr.nanterre.insertion.partners.OutcomeCategory;

/** How a pathway ended, in the detail users record; each outcome counts in one category (DESIGN.md §2). */
public enum ExitOutcome {
    CDI(DURABLE_JOB),
    CDD_6_MONTHS_OR_MORE(DURABLE_JOB),
    TEMPORARY_WORK_6_MONTHS_OR_MORE(DURABLE_JOB),
    BUSINESS_CREATION(DURABLE_JOB),
    CDD_UNDER_6_MONTHS(TRANSITION_JOB),
    TEMPORARY_WORK_UNDER_6_MONTHS(TRANSITION_JOB),
    /** A subsidised contract (PEC, CUI…). */
    SUBSIDISED_CONTRACT(TRANSITION_JOB),
    QUALIFYING_TRAINING(POSITIVE_EXIT),
    /** Hired by an SIAE. */
    SIAE_HIRE(POSITIVE_EXIT),
    MOVED_AWAY(OutcomeCategory.OTHER),
    DROPPED_OUT(OutcomeCategory.OTHER),
    OTHER(OutcomeCategory.OTHER);

    private final OutcomeCategory category;

    ExitOutcome(OutcomeCategory category) {
        this.category = category;
    }

    public OutcomeCategory category() {
        return category;
    }
}
