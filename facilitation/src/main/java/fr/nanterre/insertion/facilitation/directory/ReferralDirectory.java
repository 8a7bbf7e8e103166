package fr.nanterre.insertion.facilitation.directory;

import java.util.List;

import fr.nanterre.insertion.partners.StructureRegistered;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.SearchKey;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facilitators' directory of structures, fed by {@link StructureRegistered}. */
@Service
public class ReferralDirectory {

    private final JdbcClient jdbc;
    private final JdbcAggregateTemplate aggregates;

    ReferralDirectory(JdbcClient jdbc, JdbcAggregateTemplate aggregates) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
    }

    /** Idempotent: the registry may deliver an event again after a failure. */
    @ApplicationModuleListener
    void on(StructureRegistered event) {
        jdbc.sql("""
                        insert into facilitation.referral_structure (structure_id, name, kind, siret, search_key)
                        values (:id, :name, :kind, :siret, :searchKey)
                        on conflict (structure_id) do update set name = excluded.name, kind = excluded.kind,
                            siret = excluded.siret, search_key = excluded.search_key""")
                .param("id", event.structureId())
                .param("name", event.name())
                .param("kind", event.kind().name())
                .param("siret", event.siret())
                .param("searchKey", SearchKey.of(event.name()))
                .update();
    }

    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ReferralStructure> find(String text, Pageable page) {
        return aggregates.findAll(query(text).with(page), ReferralStructure.class);
    }

    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return aggregates.count(query(text), ReferralStructure.class);
    }

    /** Every structure the search keeps, by name, for an export. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ReferralStructure> findAll(String text) {
        return aggregates.findAll(query(text).sort(org.springframework.data.domain.Sort.by("name")),
                ReferralStructure.class);
    }

    private static Query query(String text) {
        if (text == null || text.isBlank()) {
            return Query.empty();
        }
        return Query.query(Criteria.where("searchKey").like(SearchKey.containing(text)));
    }
}
