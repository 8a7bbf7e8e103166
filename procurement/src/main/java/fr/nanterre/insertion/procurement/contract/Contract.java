package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractAwarded.AwardedLot;
import fr.nanterre.insertion.procurement.ContractClosed;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A public contract (marché) of the City or of another project owner, with its lots. It is planned, then
 * awarded (notified: its clauses start counting), then closed (its clauses are judged).
 */
@Table(schema = "procurement", name = "contract")
public class Contract extends AbstractAggregateRoot<Contract> {

    private final @Id UUID id;
    private String reference;
    private String object;
    private String buyer;
    private @Nullable String buyerId;
    private Procedure procedure;
    private @Nullable String cpvCode;
    private Ccag ccag;
    private BigDecimal amountExclTax;
    private int durationMonths;
    private @Nullable LocalDate plannedNotification;
    private @Nullable LocalDate notifiedOn;
    private @Nullable LocalDate closedOn;
    private ContractStatus status;
    /** Reference, object and buyer, as they are searched: see {@link SearchKey}. */
    private String searchKey;
    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private List<Lot> lots;
    /** Every company the DECP file names on the contract (empty for a contract entered by hand). */
    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private List<ContractAwardee> awardees;
    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private List<ContractModification> modifications;
    /** One of {@link #awardees} is to check: what the filter of the contracts' grid finds. */
    private boolean awardeeToCheck;
    /** The version of the DECP file's marché this contract was last read from; null when entered by hand. */
    private @Nullable String decpFingerprint;
    private @Nullable LocalDate decpPublishedOn;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    Contract(UUID id, String reference, String object, String buyer, @Nullable String buyerId, Procedure procedure,
             @Nullable String cpvCode, Ccag ccag, BigDecimal amountExclTax, int durationMonths,
             @Nullable LocalDate plannedNotification, @Nullable LocalDate notifiedOn, @Nullable LocalDate closedOn,
             ContractStatus status, String searchKey, List<Lot> lots, List<ContractAwardee> awardees,
             List<ContractModification> modifications, boolean awardeeToCheck, @Nullable String decpFingerprint,
             @Nullable LocalDate decpPublishedOn, @Nullable Long version) {
        this.id = id;
        this.reference = reference;
        this.object = object;
        this.buyer = buyer;
        this.buyerId = buyerId;
        this.procedure = procedure;
        this.cpvCode = cpvCode;
        this.ccag = ccag;
        this.amountExclTax = amountExclTax;
        this.durationMonths = durationMonths;
        this.plannedNotification = plannedNotification;
        this.notifiedOn = notifiedOn;
        this.closedOn = closedOn;
        this.status = status;
        this.searchKey = searchKey;
        this.lots = new ArrayList<>(lots);
        this.awardees = new ArrayList<>(awardees);
        this.modifications = new ArrayList<>(modifications);
        this.awardeeToCheck = awardeeToCheck;
        this.decpFingerprint = decpFingerprint;
        this.decpPublishedOn = decpPublishedOn;
        this.version = version;
    }

    static Contract plan(ContractDetails details) {
        Contract contract = new Contract(UUID.randomUUID(), "", "", "", null, Procedure.OTHER, null, Ccag.NONE,
                BigDecimal.ZERO, 1, null, null, null, ContractStatus.PLANNED, "", List.of(), List.of(), List.of(), false,
                null, null, null);
        contract.update(details);
        return contract;
    }

    /**
     * A contract read from an open-data file, with its lots, awarded on its notification day when it has one (so
     * publishing {@link ContractAwarded}). Its reserved lots' awardees are not checked: the file is the State's
     * published record, and what the register cannot confirm is in {@link #awardees()}, to check.
     *
     * @throws IllegalArgumentException when a field breaks its rule
     */
    public static Contract imported(ContractDetails details, List<Lot> lots, @Nullable LocalDate notifiedOn) {
        return imported(details, lots, notifiedOn, new Publication(List.of(), List.of(), null, null));
    }

    /** Like {@link #imported(ContractDetails, List, LocalDate)}, with the awardees and history the file gives. */
    public static Contract imported(ContractDetails details, List<Lot> lots, @Nullable LocalDate notifiedOn,
                                    Publication publication) {
        Contract contract = plan(details);
        lots.forEach(contract::putLot);
        contract.publishedAs(publication);
        if (notifiedOn != null) {
            contract.award(notifiedOn);
        }
        return contract;
    }

    /**
     * What a DECP file publishes of a contract beyond its details and lots.
     *
     * @param fingerprint the marché as read, hashed: the same version read again is recognised
     * @param publishedOn {@code datePublicationDonnees}
     */
    public record Publication(List<ContractAwardee> awardees, List<ContractModification> modifications,
                              @Nullable String fingerprint, @Nullable LocalDate publishedOn) {

        public Publication {
            awardees = List.copyOf(awardees);
            modifications = List.copyOf(modifications);
        }
    }

    /**
     * A newer version of the published contract: its details, awardees and modifications replace the old ones; a
     * lot keeps its id, clause and criterion and takes what the file says of it (title, amount, awardee,
     * reservation, announced considerations); a lot the file no longer gives stays, since clauses may count on it.
     * A planned contract now notified is awarded.
     *
     * @return the ids of the lots that existed and were changed
     */
    List<UUID> republish(ContractDetails details, List<Lot> newLots, @Nullable LocalDate notified,
                         Publication publication) {
        check(details);
        update(details);
        List<UUID> changed = new ArrayList<>();
        for (Lot read : newLots) {
            Optional<Lot> existing = lots.stream().filter(lot -> lot.number() == read.number()).findFirst();
            if (existing.isPresent()) {
                Lot republished = existing.get().republished(read);
                if (!republished.equals(existing.get())) {
                    changed.add(republished.id());
                }
                putLot(republished);
            } else {
                putLot(read);
            }
        }
        publishedAs(publication);
        if (notified != null && status == ContractStatus.PLANNED) {
            award(notified);
        }
        return changed;
    }

    private void publishedAs(Publication publication) {
        this.awardees = new ArrayList<>(publication.awardees());
        this.modifications = new ArrayList<>(publication.modifications());
        this.awardeeToCheck = awardees.stream().anyMatch(awardee -> awardee.toCheck() != null);
        this.decpFingerprint = publication.fingerprint();
        this.decpPublishedOn = publication.publishedOn();
    }

    /** @throws IllegalArgumentException when a field breaks its rule; the contract is then unchanged */
    void update(ContractDetails details) {
        check(details);
        this.reference = details.reference().strip();
        this.object = details.object().strip();
        this.buyer = details.buyerOrCity();
        this.buyerId = details.buyerId();
        this.procedure = details.procedure();
        this.cpvCode = CpvCode.normalise(details.cpvCode());
        this.ccag = details.ccag();
        this.amountExclTax = details.amountExclTax();
        this.durationMonths = details.durationMonths();
        this.plannedNotification = details.plannedNotification();
        this.searchKey = SearchKey.of(reference + " " + object + " " + buyer);
    }

    static void check(ContractDetails details) {
        if (details.reference() == null || details.reference().isBlank()) {
            throw new IllegalArgumentException("A contract has a reference");
        }
        if (details.object() == null || details.object().isBlank()) {
            throw new IllegalArgumentException("A contract has an object");
        }
        if (details.procedure() == null || details.ccag() == null) {
            throw new IllegalArgumentException("A contract has a procedure and a CCAG (possibly none)");
        }
        if (details.amountExclTax() == null || details.amountExclTax().signum() < 0) {
            throw new IllegalArgumentException("A contract's amount is zero or more");
        }
        if (details.durationMonths() < 1) {
            throw new IllegalArgumentException("A contract lasts at least one month");
        }
        CpvCode.normalise(details.cpvCode());
    }

    void putLot(Lot lot) {
        lots.removeIf(existing -> existing.id().equals(lot.id()));
        if (lots.stream().anyMatch(existing -> existing.number() == lot.number())) {
            throw new IllegalArgumentException("Lot " + lot.number() + " exists already");
        }
        lots.add(lot);
        lots.sort(Comparator.comparingInt(Lot::number));
    }

    void removeLot(UUID lotId) {
        lots.removeIf(lot -> lot.id().equals(lotId));
    }

    Optional<Lot> lot(UUID lotId) {
        return lots.stream().filter(lot -> lot.id().equals(lotId)).findFirst();
    }

    /** Notified: publishes {@link ContractAwarded} with every clause's target. */
    void award(LocalDate notified) {
        if (status != ContractStatus.PLANNED) {
            throw new IllegalStateException("Only a planned contract can be awarded");
        }
        // a foreign awardee has no SIRET, only its name and identifier (VAT number…)
        if (lots.isEmpty() || lots.stream().anyMatch(lot -> lot.awardeeSiret() == null && lot.awardeeName() == null)) {
            throw new IllegalStateException("Every lot needs its awardee before the contract is awarded");
        }
        this.notifiedOn = notified;
        this.status = ContractStatus.AWARDED;
        registerEvent(new ContractAwarded(id, reference, buyer, notified, durationMonths, lots.stream()
                .map(lot -> new AwardedLot(lot.id(), lot.number(), lot.title(), lot.awardeeSiret(),
                        lot.awardeeStructureId(), lot.clause() == null ? null : lot.clause().id(),
                        lot.clause() == null ? 0 : lot.clause().targetHours(),
                        lot.clause() == null ? null : lot.clause().target().estimatedWorkHours()))
                .toList()));
    }

    void close(LocalDate closed) {
        if (status != ContractStatus.AWARDED) {
            throw new IllegalStateException("Only an awarded contract can be closed");
        }
        if (closed.isBefore(notifiedOn)) {
            throw new IllegalArgumentException("A contract closes after its notification");
        }
        this.closedOn = closed;
        this.status = ContractStatus.CLOSED;
        registerEvent(new ContractClosed(id, reference, closed));
    }

    public ContractDetails details() {
        return new ContractDetails(reference, object, buyer, buyerId, procedure, cpvCode, ccag, amountExclTax,
                durationMonths, plannedNotification);
    }

    /** The sum of the targets of the contract's execution clauses. */
    public int targetHours() {
        return lots.stream().filter(lot -> lot.clause() != null).mapToInt(lot -> lot.clause().targetHours()).sum();
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String object() {
        return object;
    }

    public String buyer() {
        return buyer;
    }

    public ContractStatus status() {
        return status;
    }

    public @Nullable LocalDate notifiedOn() {
        return notifiedOn;
    }

    public @Nullable LocalDate closedOn() {
        return closedOn;
    }

    public @Nullable LocalDate plannedNotification() {
        return plannedNotification;
    }

    public int durationMonths() {
        return durationMonths;
    }

    public BigDecimal amountExclTax() {
        return amountExclTax;
    }

    public List<Lot> lots() {
        return List.copyOf(lots);
    }

    public List<ContractAwardee> awardees() {
        return List.copyOf(awardees);
    }

    /** The modifications published after the notification, in the file's order. */
    public List<ContractModification> modifications() {
        return List.copyOf(modifications);
    }

    public boolean awardeeToCheck() {
        return awardeeToCheck;
    }

    public @Nullable String decpFingerprint() {
        return decpFingerprint;
    }

    public @Nullable LocalDate decpPublishedOn() {
        return decpPublishedOn;
    }

    /** The amount after the last modification that changed it; the initial amount when none did. */
    public BigDecimal currentAmountExclTax() {
        return modifications.reversed().stream().map(ContractModification::amountExclTax)
                .filter(java.util.Objects::nonNull).findFirst().orElse(amountExclTax);
    }

    /** The duration after the last modification that changed it; the initial duration when none did. */
    public int currentDurationMonths() {
        return modifications.reversed().stream().map(ContractModification::durationMonths)
                .filter(java.util.Objects::nonNull).findFirst().orElse(durationMonths);
    }

    public @Nullable Long version() {
        return version;
    }

    String searchKey() {
        return searchKey;
    }

    /** The events registered since the contract was built or saved, for a write that is not Spring Data's. */
    List<Object> pendingEvents() {
        List<Object> events = List.copyOf(domainEvents());
        clearDomainEvents();
        return events;
    }
}
