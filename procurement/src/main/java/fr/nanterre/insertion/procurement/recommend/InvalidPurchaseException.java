package fr.nanterre.insertion.procurement.recommend;

import java.util.Map;

/** A purchase the recommender cannot work on; {@link #problems()} says what is wrong, field by field. */
public class InvalidPurchaseException extends IllegalArgumentException {

    private final transient Map<String, String> problems;

    InvalidPurchaseException(Map<String, String> problems) {
        super("Invalid purchase: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
