package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureSummary;
import fr.nanterre.insertion.procurement.LotChanged;
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts and their lots: planned, awarded, closed. Changes are for the procurement department (and
 * administrators); every logged-in role may read, since contracts hold no personal data. A change saved over
 * a version changed meanwhile is refused ({@link org.springframework.dao.OptimisticLockingFailureException}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PROCUREMENT + "', '" + Roles.ADMIN + "')")
public class ContractRegister {

    private final Contracts contracts;
    private final JdbcAggregateTemplate aggregates;
    private final PartnerStructures structures;
    private final ProcuredLots lots;
    private final ApplicationEventPublisher events;
    private final ContractRows rows;
    private final ContractBatch batch;

    ContractRegister(Contracts contracts, JdbcAggregateTemplate aggregates, PartnerStructures structures,
                     ProcuredLots lots, ApplicationEventPublisher events, ContractRows rows, ContractBatch batch) {
        this.rows = rows;
        this.batch = batch;
        this.contracts = contracts;
        this.aggregates = aggregates;
        this.structures = structures;
        this.lots = lots;
        this.events = events;
    }

    /** @throws DuplicateContractException when the buyer already has a contract with this reference */
    @Transactional
    public Contract plan(ContractDetails details) {
        Contract contract = Contract.plan(details);
        if (contracts.existsByBuyerAndReference(contract.buyer(), contract.reference())) {
            throw new DuplicateContractException(contract.buyer(), contract.reference());
        }
        return contracts.save(contract);
    }

    /**
     * Registers new contracts built elsewhere ({@link Contract#imported}) in one go: all of them, or none when one of
     * them cannot be; each one's events ({@link fr.nanterre.insertion.procurement.ContractAwarded}) are published in
     * the same transaction. Returns how many were registered. Their reserved lots' awardees are not refused: an
     * open-data file is the State's published record, and what the register cannot confirm is kept on the contract
     * as an awardee to check.
     *
     * @throws DuplicateContractException when one has the buyer and reference of a registered contract or of another
     *                                    one in the list
     */
    @Transactional
    public int registerAll(List<Contract> imported) {
        Map<String, Set<String>> referencesByBuyer = new HashMap<>();
        for (Contract contract : imported) {
            Set<String> references = referencesByBuyer.computeIfAbsent(contract.buyer(), buyer -> new HashSet<>());
            if (!references.add(contract.reference())) {
                throw new DuplicateContractException(contract.buyer(), contract.reference());
            }
        }
        for (Map.Entry<String, Set<String>> buyer : referencesByBuyer.entrySet()) {
            Set<String> registered = registeredReferences(buyer.getKey(), buyer.getValue());
            if (!registered.isEmpty()) {
                throw new DuplicateContractException(buyer.getKey(), registered.iterator().next());
            }
        }
        // a few statements whatever the number of contracts (issue 14), then the events Spring Data would publish
        batch.insert(imported);
        imported.forEach(contract -> contract.pendingEvents().forEach(events::publishEvent));
        return imported.size();
    }

    /**
     * A newer published version of a contract imported before: see {@link Contract#republish}. The modules that keep
     * a copy of its lots learn what changed.
     *
     * @param readFingerprint the version the preview compared the file with
     * @throws org.springframework.dao.OptimisticLockingFailureException when the contract was imported again or
     *                                                                   removed since the preview
     */
    @Transactional
    public Contract republish(UUID contractId, String readFingerprint, ContractDetails details, List<Lot> lots,
                              @Nullable LocalDate notifiedOn, Contract.Publication publication) {
        Contract contract = contracts.findById(contractId)
                .filter(found -> readFingerprint.equals(found.decpFingerprint()))
                .orElseThrow(() -> new org.springframework.dao.OptimisticLockingFailureException(
                        "Contract " + contractId + " changed since the file was checked"));
        List<UUID> changed = contract.republish(details, lots, notifiedOn, publication);
        Contract saved = contracts.save(contract);
        changed.forEach(this::published);
        return saved;
    }

    /**
     * The contracts of a buyer registered under these references, with the version of the DECP file they were last
     * read from (null for those entered by hand): one query whatever their number.
     */
    @Transactional(readOnly = true)
    public Map<String, Registered> registered(String buyer, Collection<String> references) {
        Map<String, Registered> found = new HashMap<>();
        contracts.findPublications(buyer, references.toArray(String[]::new))
                .forEach(row -> found.put(row.reference(), row));
        return found;
    }

    /** A registered contract as a re-import compares it with the file. */
    public record Registered(UUID id, String reference, @Nullable String decpFingerprint,
                             @Nullable LocalDate decpPublishedOn) {
    }

    /** Which of these references the buyer has registered already, in one query whatever their number. */
    @Transactional(readOnly = true)
    public Set<String> registeredReferences(String buyer, Collection<String> references) {
        return Set.copyOf(contracts.findReferences(buyer, references.toArray(String[]::new)));
    }

    @Transactional
    public Contract update(Contract contract, ContractDetails details) {
        Contract.check(details);
        String buyer = details.buyerOrCity();
        if (contracts.existsByBuyerAndReferenceAndIdNot(buyer, details.reference().strip(), contract.id())) {
            throw new DuplicateContractException(buyer, details.reference());
        }
        contract.update(details);
        return contracts.save(contract);
    }

    /** Adds a lot ({@code lotId} null) or changes one, keeping its awardee and its clause. */
    @Transactional
    public Contract putLot(Contract contract, @Nullable UUID lotId, LotDetails details) {
        Lot lot = lotId == null ? Lot.planned(details) : contract.lot(lotId).orElseThrow().changed(details);
        // a reservation chosen by hand is checked; one published as such (an imported lot, to check) is kept
        boolean reservationChanged = lotId == null
                || contract.lot(lotId).orElseThrow().reservation() != lot.reservation();
        if (lot.awardeeSiret() != null && reservationChanged) {
            checkReservation(lot.reservation(), new Siret(lot.awardeeSiret()));
        }
        contract.putLot(lot);
        Contract saved = contracts.save(contract);
        if (lotId != null) {
            published(lotId);
        }
        return saved;
    }

    @Transactional
    public Contract removeLot(Contract contract, UUID lotId) {
        contract.removeLot(lotId);
        return contracts.save(contract);
    }

    /** Sets a lot's execution clause, computing its target; the clause keeps its id when it is changed. */
    @Transactional
    public Contract setClause(Contract contract, UUID lotId, HoursTarget target, BigDecimal penaltyPerHour,
                              @Nullable String tradeCode) {
        Lot lot = contract.lot(lotId).orElseThrow();
        UUID clauseId = lot.clause() == null ? UUID.randomUUID() : lot.clause().id();
        contract.putLot(lot.withClause(ExecutionClause.of(clauseId, target, penaltyPerHour, tradeCode)));
        Contract saved = contracts.save(contract);
        published(lotId);
        return saved;
    }

    /** Tells the modules that keep a copy of the lot what it is now, in the transaction that changed it. */
    private void published(UUID lotId) {
        lots.find(lotId).ifPresent(lot -> events.publishEvent(new LotChanged(lot)));
    }

    /**
     * Names a lot's awardee by SIRET, linking it to its record in partners when it is a registered structure.
     *
     * @throws ReservedLotException when the lot is reserved and no structure of an accepted kind has this SIRET
     */
    @Transactional
    public Contract awardLot(Contract contract, UUID lotId, String siret, String name) {
        Siret checked = Siret.parse(siret);
        Lot lot = contract.lot(lotId).orElseThrow();
        StructureSummary structure = checkReservation(lot.reservation(), checked);
        contract.putLot(lot.awardedTo(checked.value(), name == null || name.isBlank()
                ? (structure == null ? checked.value() : structure.name()) : name.strip(),
                structure == null ? null : structure.id()));
        return contracts.save(contract);
    }

    private @Nullable StructureSummary checkReservation(Reservation reservation, Siret siret) {
        List<StructureSummary> registered = structures.findBySiret(siret);
        Optional<StructureSummary> accepted = registered.stream()
                .filter(s -> reservation.accepts(s.kind())).findFirst();
        if (reservation != Reservation.NONE && accepted.isEmpty()) {
            throw new ReservedLotException(reservation, siret.value());
        }
        return accepted.orElse(registered.isEmpty() ? null : registered.getFirst());
    }

    /** Notified on the given day: the contract's clauses start counting. */
    @Transactional
    public Contract award(Contract contract, LocalDate notifiedOn) {
        contract.award(notifiedOn);
        return contracts.save(contract);
    }

    @Transactional
    public Contract close(Contract contract, LocalDate closedOn) {
        contract.close(closedOn);
        return contracts.save(contract);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Contract> find(UUID id) {
        return contracts.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contract> find(ContractFilter filter, Pageable page) {
        if (filter.looksIntoLots()) {
            List<UUID> ids = rows.ids(filter, page.getSort());
            return inOrder(ids.subList((int) Math.min(page.getOffset(), ids.size()),
                    (int) Math.min(page.getOffset() + page.getPageSize(), ids.size())));
        }
        return aggregates.findAll(query(filter).with(page), Contract.class);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contract> findAll(ContractFilter filter, Sort sort) {
        if (filter.looksIntoLots()) {
            return inOrder(rows.ids(filter, sort));
        }
        return aggregates.findAll(query(filter).sort(sort), Contract.class);
    }

    private List<Contract> inOrder(List<UUID> ids) {
        Map<UUID, Contract> found = new HashMap<>();
        contracts.findAllById(ids).forEach(contract -> found.put(contract.id(), contract));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The buyers of the registered contracts, in alphabetical order: what the list's buyer filter offers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> buyers() {
        return rows.buyers();
    }

    /** A page of the contracts' grid, each with its lots: one statement for the page (see {@link ContractRows}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContractRow> rows(ContractFilter filter, Pageable page) {
        return rows.find(filter, page);
    }

    /** Every contract the filter finds, as the grid's export writes them: one statement. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContractRow> rows(ContractFilter filter, Sort sort) {
        return rows.findAll(filter, sort);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ContractFilter filter) {
        return rows.count(filter);
    }

    /** The procurement plan: contracts planned for notification in the year, earliest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contract> plannedIn(int year) {
        return aggregates.findAll(Query.query(Criteria.where("status").is(ContractStatus.PLANNED.name())
                        .and("plannedNotification").between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .sort(Sort.by("plannedNotification", "reference")), Contract.class);
    }

    private static Query query(ContractFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            criteria = criteria.and(Criteria.where("searchKey").like(SearchKey.containing(filter.text())));
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status().name());
        }
        if (filter.buyer() != null && !filter.buyer().isBlank()) {
            criteria = criteria.and("buyer").is(filter.buyer());
        }
        if (filter.awardeeToCheck()) {
            criteria = criteria.and("awardeeToCheck").isTrue();
        }
        return Query.query(criteria);
    }
}
