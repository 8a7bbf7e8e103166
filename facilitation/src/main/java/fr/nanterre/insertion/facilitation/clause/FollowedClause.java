package fr.nanterre.insertion.facilitation.clause;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An execution clause the facilitators follow, as procurement awarded it. */
@Table(schema = "facilitation", name = "followed_clause")
public record FollowedClause(@Id UUID clauseId, UUID contractId, String contractReference, String buyer,
                             int lotNumber, String lotTitle, @Nullable String awardeeSiret, int targetHours,
                             LocalDate notifiedOn, int durationMonths, @Nullable LocalDate closedOn) {
}
