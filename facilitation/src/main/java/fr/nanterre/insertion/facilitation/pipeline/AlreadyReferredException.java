package fr.nanterre.insertion.facilitation.pipeline;

/** The participant is already referred to this offer. */
public class AlreadyReferredException extends RuntimeException {

    AlreadyReferredException(String reference) {
        super(reference + " is already referred to this offer");
    }
}
