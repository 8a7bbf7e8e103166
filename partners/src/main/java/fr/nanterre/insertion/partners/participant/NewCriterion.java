package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;

/**
 * A criterion a user records for a participant.
 *
 * @param criterionCode the code of an {@link EligibilityCriterion}
 * @param proofChecked  what document was checked
 * @param proofDate     the day it was checked, not in the future
 */
public record NewCriterion(String criterionCode, String proofChecked, LocalDate proofDate) {

    public static final int PROOF_MAX_LENGTH = 300;
}
