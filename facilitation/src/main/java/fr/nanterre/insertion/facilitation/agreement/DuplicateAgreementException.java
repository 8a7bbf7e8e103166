package fr.nanterre.insertion.facilitation.agreement;

/** The year has an agreement already: there is one agreement a year. */
public class DuplicateAgreementException extends RuntimeException {

    public DuplicateAgreementException(int year) {
        super("The MEF's agreement for " + year + " is recorded already");
    }
}
