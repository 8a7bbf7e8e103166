package fr.nanterre.insertion.procurement.contract;

/** The buyer already has a contract with this reference. */
public class DuplicateContractException extends RuntimeException {

    public DuplicateContractException(String buyer, String reference) {
        super(buyer + " already has a contract " + reference);
    }
}
