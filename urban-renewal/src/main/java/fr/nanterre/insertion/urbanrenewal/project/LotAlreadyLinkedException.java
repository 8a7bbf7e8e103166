package fr.nanterre.insertion.urbanrenewal.project;

/** A lot carries out one operation at most, so that its hours are never counted twice. */
public class LotAlreadyLinkedException extends RuntimeException {

    private final String operationName;

    public LotAlreadyLinkedException(String operationName) {
        super("The lot is linked to the operation " + operationName + " already");
        this.operationName = operationName;
    }

    /** The operation the lot carries out already (possibly the same one). */
    public String operationName() {
        return operationName;
    }
}
