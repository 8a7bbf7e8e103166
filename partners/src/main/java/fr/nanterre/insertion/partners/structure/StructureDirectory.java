package fr.nanterre.insertion.partners.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.SearchKey;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the partner structures, keeps them up to date and finds them again. Roles are checked here, not
 * only in the screens. A change saved over a version someone else changed meanwhile is refused with
 * {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.ADMIN + "')")
public class StructureDirectory {

    private final Structures structures;
    private final JdbcAggregateTemplate aggregates;
    private final CurrentUser user;
    private final Clock clock;

    StructureDirectory(Structures structures, JdbcAggregateTemplate aggregates, CurrentUser user, Clock clock) {
        this.structures = structures;
        this.aggregates = aggregates;
        this.user = user;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException    when a field breaks its rule (name, SIRET, postal or INSEE code, dates)
     * @throws DuplicateStructureException when (SIRET, kind) is registered already
     */
    @Transactional
    public Structure register(StructureDetails details) {
        Structure structure = Structure.register(details, clock.instant());
        if (structures.existsBySiretAndKind(structure.siret().value(), structure.kind())) {
            throw new DuplicateStructureException(structure.siret().value(), structure.kind());
        }
        return structures.save(structure);
    }

    /** Saves new details over the version of {@code structure} the user started from. */
    @Transactional
    public Structure update(Structure structure, StructureDetails details) {
        Siret siret = Siret.parse(details.siret());
        if (structures.existsBySiretAndKindAndIdNot(siret.value(), details.kind(), structure.id())) {
            throw new DuplicateStructureException(siret.value(), details.kind());
        }
        structure.update(details);
        return structures.save(structure);
    }

    @Transactional
    public Structure replaceContacts(Structure structure, List<Contact> contacts) {
        structure.replaceContacts(contacts);
        return structures.save(structure);
    }

    /** Records that the current user declares the structure active, or not, for the reason given. */
    @Transactional
    public Structure overrideActivity(Structure structure, boolean active, String reason) {
        structure.overrideActivity(active, reason, user.name(), clock.instant());
        return structures.save(structure);
    }

    @Transactional
    public Structure clearActivityOverride(Structure structure) {
        structure.clearActivityOverride();
        return structures.save(structure);
    }

    @Transactional(readOnly = true)
    public Optional<Structure> find(UUID id) {
        return structures.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Structure> find(StructureFilter filter, Pageable page) {
        return aggregates.findAll(query(filter).with(page), Structure.class);
    }

    /** Every structure the filter keeps, for an export. */
    @Transactional(readOnly = true)
    public List<Structure> findAll(StructureFilter filter, Sort sort) {
        return aggregates.findAll(query(filter).sort(sort), Structure.class);
    }

    @Transactional(readOnly = true)
    public long count(StructureFilter filter) {
        return aggregates.count(query(filter), Structure.class);
    }

    private Query query(StructureFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            criteria = criteria.and(Criteria.where("searchKey").like(SearchKey.containing(filter.text()))
                    .or("siret").like(filter.text().replaceAll("[\\s.]", "") + "%"));
        }
        if (filter.kind() != null) {
            criteria = criteria.and("kind").is(filter.kind().name());
        }
        if (filter.siaeOnly()) {
            criteria = criteria.and("kind").in(java.util.Arrays.stream(StructureKind.values())
                    .filter(StructureKind::isSiae).map(Enum::name).toList());
        }
        if (filter.inQpv() != null) {
            criteria = criteria.and("inQpv").is(filter.inQpv());
        }
        if (filter.active() != null) {
            criteria = criteria.and(filter.active() ? activeOn(LocalDate.now(clock)) : inactiveOn(LocalDate.now(clock)));
        }
        return Query.query(criteria);
    }

    /** The SQL side of {@link Structure#isActiveOn}. */
    private static Criteria activeOn(LocalDate date) {
        Criteria withinDates = Criteria.where("activityOverride.active").isNull()
                .and(Criteria.where("agreement.validFrom").isNull().or("agreement.validFrom").lessThanOrEquals(date))
                .and(Criteria.where("agreement.validTo").isNull().or("agreement.validTo").greaterThanOrEquals(date));
        return Criteria.where("activityOverride.active").isTrue().or(withinDates);
    }

    private static Criteria inactiveOn(LocalDate date) {
        Criteria outsideDates = Criteria.where("activityOverride.active").isNull()
                .and(Criteria.where("agreement.validFrom").greaterThan(date)
                        .or("agreement.validTo").lessThan(date));
        return Criteria.where("activityOverride.active").isFalse().or(outsideDates);
    }
}
