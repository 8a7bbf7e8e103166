package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.nanterre.insertion.procurement.LotSummary;
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.text.SearchKey;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations of the projects and the lots that carry them out. The Direction de la rénovation urbaine changes
 * them; administrators and viewers read them. Every change is made on the operation as the user read it: one
 * changed meanwhile is refused ({@link org.springframework.dao.OptimisticLockingFailureException}).
 */
@Service
@PreAuthorize("hasRole('" + Roles.URBAN_RENEWAL + "')")
public class OperationRegister {

    private final Operations operations;
    private final Projects projects;
    private final JdbcAggregateTemplate aggregates;
    private final ProcuredLots lots;
    private final ProcuredLotCopies copies;
    private final CharterSettings settings;
    private final CurrentUser user;
    private final Clock clock;

    OperationRegister(Operations operations, Projects projects, JdbcAggregateTemplate aggregates, ProcuredLots lots,
                      ProcuredLotCopies copies, CharterSettings settings, CurrentUser user, Clock clock) {
        this.operations = operations;
        this.projects = projects;
        this.aggregates = aggregates;
        this.lots = lots;
        this.copies = copies;
        this.settings = settings;
        this.user = user;
        this.clock = clock;
    }

    /** @throws NoSuchElementException when there is no such project */
    @Transactional
    public Operation create(UUID projectId, OperationDetails details) {
        if (!projects.existsById(projectId)) {
            throw new NoSuchElementException("No project " + projectId);
        }
        return operations.save(Operation.create(projectId, details));
    }

    @Transactional
    public Operation update(Operation read, OperationDetails details) {
        read.update(details);
        return operations.save(read);
    }

    /**
     * Sets the operation's own rate, with the reason, or goes back to the inherited one ({@code percent} null); who
     * set it and when are kept with it.
     */
    @Transactional
    public Operation overrideRate(Operation read, @Nullable BigDecimal percent, String reason) {
        read.overrideRate(percent, reason, user.name(), clock.instant());
        return operations.save(read);
    }

    /**
     * Links a lot of any buyer's contract, keeping what procurement says of it.
     *
     * @throws LotAlreadyLinkedException when the lot carries out this or another operation already
     * @throws NoSuchElementException    when procurement has no such lot
     */
    @Transactional
    public Operation link(Operation read, UUID lotId) {
        Optional<String> linkedTo = operations.operationOfLot(lotId);
        if (linkedTo.isPresent()) {
            throw new LotAlreadyLinkedException(linkedTo.get());
        }
        LotSummary lot = lots.find(lotId).orElseThrow(() -> new NoSuchElementException("No lot " + lotId));
        read.link(lotId);
        Operation saved = operations.save(read);
        copies.keep(lot);
        return saved;
    }

    @Transactional
    public Operation unlink(Operation read, UUID lotId) {
        read.unlink(lotId);
        return operations.save(read);
    }

    /** The hours of work of a lot whose clause gives no calculator inputs; null goes back to the estimate. */
    @Transactional
    public Operation enterWorkHours(Operation read, UUID lotId, @Nullable Integer hours) {
        read.enterWorkHours(lotId, hours);
        return operations.save(read);
    }

    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public Optional<Operation> find(UUID id) {
        return operations.findById(id);
    }

    /** The operation's lots with what procurement said of them, in the order they were linked. */
    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<OperationLot> lotsOf(Operation operation) {
        Map<UUID, ProcuredLotCopy> procured = copies.findAll(operation.lots().stream().map(LinkedLot::lotId).toList())
                .stream().collect(Collectors.toMap(ProcuredLotCopy::lotId, Function.identity()));
        List<OperationLot> linked = new ArrayList<>();
        for (LinkedLot lot : operation.lots()) {
            linked.add(new OperationLot(lot.lotId(), lot.manualWorkHours(), procured.get(lot.lotId())));
        }
        return linked;
    }

    /** The rate that applies to the operation, from its project's. */
    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public BigDecimal rateOf(Operation operation) {
        BigDecimal projectRate = projects.findById(operation.projectId()).map(Project::charterRatePercent)
                .orElse(settings.defaultRatePercent());
        return operation.rate(projectRate, settings);
    }

    /** One page of the operations the filter keeps, by name unless the page sorts otherwise. */
    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<Operation> find(OperationFilter filter, Pageable page) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : Sort.by("name");
        return aggregates.findAll(query(filter).with(page).sort(sort), Operation.class);
    }

    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public long count(OperationFilter filter) {
        return aggregates.count(query(filter), Operation.class);
    }

    /** Every operation the filter keeps, for an export. */
    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<Operation> findAll(OperationFilter filter) {
        return aggregates.findAll(query(filter).sort(Sort.by("ownerName", "name")), Operation.class);
    }

    private static Query query(OperationFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            criteria = criteria.and(Criteria.where("searchKey").like(SearchKey.containing(filter.text())));
        }
        if (filter.projectId() != null) {
            criteria = criteria.and("projectId").is(filter.projectId());
        }
        if (filter.category() != null) {
            criteria = criteria.and("category").is(filter.category().name());
        }
        if (filter.ownerKind() != null) {
            criteria = criteria.and("ownerKind").is(filter.ownerKind().name());
        }
        return Query.query(criteria);
    }
}
