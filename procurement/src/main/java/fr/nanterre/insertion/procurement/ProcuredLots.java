package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The lots of every buyer's contracts, for the modules that follow them by id (urban renewal links the lots that
 * carry out an operation). Contracts hold no personal data: open to every logged-in role.
 */
public interface ProcuredLots {

    /**
     * One page of the lots whose contract reference, object or buyer, or whose title, contain the text (any case,
     * with or without accents), by contract reference and lot number.
     */
    List<LotSummary> search(@Nullable String text, Pageable page);

    long count(@Nullable String text);

    Optional<LotSummary> find(UUID lotId);

    /** The lots with these ids, in one query whatever their number; an unknown id is left out. */
    List<LotSummary> findAll(Collection<UUID> lotIds);

    /**
     * The penalty per missing hour each of these execution clauses states, by clause id, in one query; an unknown
     * id is left out. Facilitation shows a company the penalty its clauses risk.
     */
    Map<UUID, BigDecimal> penaltiesPerHour(Collection<UUID> clauseIds);
}
