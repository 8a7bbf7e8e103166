package fr.nanterre.insertion.partners.structure;

import java.time.Clock;
import java.util.List;

import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.platform.text.SearchKey;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the partner structures and finds them again. Roles are checked here, not only in the screens. */
@Service
@PreAuthorize("hasAnyRole('PARTNERS', 'ADMIN')")
public class StructureDirectory {

    private final Structures structures;
    private final JdbcAggregateTemplate aggregates;
    private final Clock clock;

    StructureDirectory(Structures structures, JdbcAggregateTemplate aggregates, Clock clock) {
        this.structures = structures;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException    when the name is blank or too long, or the SIRET is not 14 digits
     * @throws DuplicateStructureException when (SIRET, kind) is registered already
     */
    @Transactional
    public Structure register(NewStructure input) {
        if (input.name() == null || input.name().isBlank() || input.name().strip().length() > Structure.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A structure's name is 1 to " + Structure.NAME_MAX_LENGTH + " characters");
        }
        Siret siret = Siret.parse(input.siret());
        if (structures.existsBySiretAndKind(siret.value(), input.kind())) {
            throw new DuplicateStructureException(siret.value(), input.kind());
        }
        return structures.save(Structure.register(input.name(), input.kind(), siret, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Structure> find(StructureFilter filter, Pageable page) {
        return aggregates.findAll(query(filter).with(page), Structure.class);
    }

    @Transactional(readOnly = true)
    public long count(StructureFilter filter) {
        return aggregates.count(query(filter), Structure.class);
    }

    private static Query query(StructureFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            criteria = criteria.and(Criteria.where("searchKey").like(SearchKey.containing(filter.text()))
                    .or("siret").like(filter.text().replaceAll("[\\s.]", "") + "%"));
        }
        if (filter.kind() != null) {
            criteria = criteria.and("kind").is(filter.kind().name());
        }
        return Query.query(criteria);
    }
}
