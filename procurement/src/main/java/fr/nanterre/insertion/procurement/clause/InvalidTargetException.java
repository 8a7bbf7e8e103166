package fr.nanterre.insertion.procurement.clause;

/** An input of the hours target breaks its rule; {@link #field()} names it, for the message next to the field. */
public class InvalidTargetException extends IllegalArgumentException {

    private final String field;

    public InvalidTargetException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
