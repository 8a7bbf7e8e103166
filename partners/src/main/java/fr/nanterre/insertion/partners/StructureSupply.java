package fr.nanterre.insertion.partners;

import java.util.List;
import java.util.UUID;

/**
 * A registered structure as a supplier for a purchase: what it does and the capacity it declares.
 *
 * @param activities   CPV families ("45442") and trade codes ("PAINTING")
 * @param people       the people it declares it can put to work; 0 when not declared
 * @param hoursPerYear the hours a year it declares it can work; 0 when not declared
 */
public record StructureSupply(UUID id, String name, StructureKind kind, Siret siret, List<String> activities,
                              int people, int hoursPerYear) {

    public StructureSupply {
        activities = List.copyOf(activities);
    }
}
