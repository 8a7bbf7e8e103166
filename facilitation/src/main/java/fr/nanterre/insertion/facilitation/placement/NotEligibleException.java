package fr.nanterre.insertion.facilitation.placement;

/** The participant is not eligible on the start date and no exception was justified. */
public class NotEligibleException extends RuntimeException {

    public NotEligibleException(String reference, Object date) {
        super(reference + " is not eligible on " + date);
    }
}
