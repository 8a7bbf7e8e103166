package fr.nanterre.insertion.urbanrenewal.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lot of procurement (by id) that carries out the operation.
 *
 * @param manualWorkHours the hours of work a user entered, for a lot whose clause gives no calculator inputs;
 *                        they are used instead of the estimate when set
 */
@Table(schema = "urban_renewal", name = "linked_lot")
public record LinkedLot(UUID lotId, @Nullable Integer manualWorkHours) {

    public LinkedLot {
        if (manualWorkHours != null && manualWorkHours < 0) {
            throw new IllegalArgumentException("The hours of work are zero or more");
        }
    }
}
