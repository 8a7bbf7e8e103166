package fr.nanterre.insertion.procurement.clause;

import java.math.BigDecimal;
import java.util.List;

import fr.nanterre.platform.security.Roles;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference table of labour shares per trade, seeded with sensible values and edited by the users. */
@Service
public class TradeTable {

    private final JdbcAggregateTemplate aggregates;

    TradeTable(JdbcAggregateTemplate aggregates) {
        this.aggregates = aggregates;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Trade> all() {
        return aggregates.findAll(Trade.class, Sort.by("labelFr"));
    }

    /** The trade whose CPV families cover the code most closely ("45442100" → painting), if one does. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Trade> forCpv(@org.jspecify.annotations.Nullable String cpvCode) {
        return all().stream().filter(trade -> trade.covers(cpvCode) > 0)
                .max(java.util.Comparator.comparingInt(trade -> trade.covers(cpvCode)));
    }

    /** @throws IllegalArgumentException when the share is not above 0 and at most 100 % */
    @PreAuthorize("hasAnyRole('" + Roles.PROCUREMENT + "', '" + Roles.ADMIN + "')")
    @Transactional
    public Trade changeLabourShare(Trade trade, BigDecimal percent) {
        return aggregates.update(trade.withLabourShare(percent));
    }
}
