package fr.nanterre.insertion.facilitation.placement;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** The share of a placement's hours that counts on one clause ("globalisation"). */
@Table(schema = "facilitation", name = "placement_share")
public record ClauseShare(UUID clauseId, BigDecimal percent) {
}
