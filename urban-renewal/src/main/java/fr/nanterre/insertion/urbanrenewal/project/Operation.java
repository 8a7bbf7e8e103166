package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An operation (worksite) of an urban-renewal project: its project owner, its category, its dates, the lots of
 * procurement that carry it out, and its charter rate, inherited unless one was set for it with a reason.
 */
@Table(schema = "urban_renewal", name = "operation")
public class Operation {

    private final @Id UUID id;
    private final UUID projectId;
    private String name;
    private OwnerKind ownerKind;
    private String ownerName;
    private OperationCategory category;
    private LocalDate startDate;
    private LocalDate endDate;
    @Embedded.Nullable(prefix = "rate_override_")
    private @Nullable RateOverride rateOverride;
    /** Name and owner, as they are searched: see {@link SearchKey}. */
    private String searchKey;
    @MappedCollection(idColumn = "operation_id", keyColumn = "position")
    private List<LinkedLot> lots;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    Operation(UUID id, UUID projectId, String name, OwnerKind ownerKind, String ownerName, OperationCategory category,
              LocalDate startDate, LocalDate endDate, @Nullable RateOverride rateOverride, String searchKey,
              List<LinkedLot> lots, @Nullable Long version) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.ownerKind = ownerKind;
        this.ownerName = ownerName;
        this.category = category;
        this.startDate = startDate;
        this.endDate = endDate;
        this.rateOverride = rateOverride;
        this.searchKey = searchKey;
        this.lots = new ArrayList<>(lots);
        this.version = version;
    }

    static Operation create(UUID projectId, OperationDetails details) {
        check(details);
        Operation operation = new Operation(UUID.randomUUID(), projectId, "", details.ownerKind(), "",
                details.category(), details.startDate(), details.endDate(), null, "", List.of(), null);
        operation.update(details);
        return operation;
    }

    /** @throws IllegalArgumentException when a field breaks its rule; the operation is then unchanged */
    void update(OperationDetails details) {
        check(details);
        this.name = details.name().strip();
        this.ownerKind = details.ownerKind();
        this.ownerName = details.ownerName().strip();
        this.category = details.category();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.searchKey = SearchKey.of(name + " " + ownerName);
    }

    static void check(OperationDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new IllegalArgumentException("An operation has a name");
        }
        if (details.ownerKind() == null || details.ownerName() == null || details.ownerName().isBlank()) {
            throw new IllegalArgumentException("An operation has a project owner");
        }
        if (details.category() == null) {
            throw new IllegalArgumentException("An operation has a category");
        }
        if (details.startDate() == null || details.endDate() == null) {
            throw new IllegalArgumentException("An operation has a start and an end date");
        }
        if (details.endDate().isBefore(details.startDate())) {
            throw new IllegalArgumentException("An operation ends after it starts");
        }
    }

    /**
     * Sets a rate of its own, or goes back to the inherited one ({@code percent} null).
     *
     * @throws IllegalArgumentException when the rate is not above 0 and at most 100 %, or no reason is given
     */
    void overrideRate(@Nullable BigDecimal percent, String reason, String by, Instant at) {
        if (percent == null) {
            this.rateOverride = null;
            return;
        }
        if (!CharterRate.isRate(percent)) {
            throw new IllegalArgumentException("The charter rate is above 0 and at most 100 %");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rate set for one operation says why");
        }
        this.rateOverride = new RateOverride(percent, by, at, reason.strip());
    }

    /** @throws LotAlreadyLinkedException when the lot carries out this operation already */
    void link(UUID lotId) {
        if (lot(lotId).isPresent()) {
            throw new LotAlreadyLinkedException(name);
        }
        lots.add(new LinkedLot(lotId, null));
    }

    void unlink(UUID lotId) {
        lots.removeIf(lot -> lot.lotId().equals(lotId));
    }

    /** The hours of work entered by hand for a lot (null: the calculator's estimate again). */
    void enterWorkHours(UUID lotId, @Nullable Integer hours) {
        LinkedLot lot = lot(lotId).orElseThrow();
        lots.set(lots.indexOf(lot), new LinkedLot(lotId, hours));
    }

    Optional<LinkedLot> lot(UUID lotId) {
        return lots.stream().filter(lot -> lot.lotId().equals(lotId)).findFirst();
    }

    /** The rate that applies, given the project's. */
    public BigDecimal rate(BigDecimal projectRate, CharterSettings settings) {
        return CharterRate.of(rateOverride == null ? null : rateOverride.percent(), category, projectRate, settings);
    }

    public OperationDetails details() {
        return new OperationDetails(name, ownerKind, ownerName, category, startDate, endDate);
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public OwnerKind ownerKind() {
        return ownerKind;
    }

    public String ownerName() {
        return ownerName;
    }

    public OperationCategory category() {
        return category;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public @Nullable RateOverride rateOverride() {
        return rateOverride;
    }

    public List<LinkedLot> lots() {
        return List.copyOf(lots);
    }

    public @Nullable Long version() {
        return version;
    }
}
