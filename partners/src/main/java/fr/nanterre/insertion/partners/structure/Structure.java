package fr.nanterre.insertion.partners.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.StructureRegistered;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A partner structure: an SIAE, a régie de quartier, the PLIE, the MEF, or an employer that hires on clauses. */
@Table(schema = "partners", name = "structure")
public class Structure extends AbstractAggregateRoot<Structure> {

    public static final int NAME_MAX_LENGTH = 200;

    private final @Id UUID id;
    private String name;
    private StructureKind kind;
    private String siret;
    /** The name as it is searched: see {@link SearchKey}. */
    private String searchKey;
    private @Embedded.Nullable Address address;
    private boolean inQpv;
    private @Embedded.Nullable(prefix = "agreement_") StateAgreement agreement;
    private @Embedded.Nullable(prefix = "activity_override_") @Nullable ActivityOverride activityOverride;
    @MappedCollection(idColumn = "structure_id", keyColumn = "position")
    private List<Contact> contacts;
    /** CPV families and trade codes: see {@link Activities}. */
    private List<String> activities;
    private @Nullable Integer capacityPeople;
    private @Nullable Integer capacityHoursPerYear;
    private final Instant registeredAt;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    Structure(UUID id, String name, StructureKind kind, String siret, String searchKey, @Nullable Address address,
              boolean inQpv, @Nullable StateAgreement agreement, @Nullable ActivityOverride activityOverride,
              List<Contact> contacts, @Nullable List<String> activities, @Nullable Integer capacityPeople,
              @Nullable Integer capacityHoursPerYear, Instant registeredAt, @Nullable Long version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.siret = siret;
        this.searchKey = searchKey;
        this.address = address == null ? Address.NONE : address;
        this.inQpv = inQpv;
        this.agreement = agreement == null ? StateAgreement.NONE : agreement;
        this.activityOverride = activityOverride;
        this.contacts = new ArrayList<>(contacts);
        this.activities = activities == null ? List.of() : List.copyOf(activities);
        this.capacityPeople = capacityPeople;
        this.capacityHoursPerYear = capacityHoursPerYear;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    static Structure register(StructureDetails details, Instant now) {
        Structure structure = new Structure(UUID.randomUUID(), "", details.kind(), "", "", null, false, null, null,
                List.of(), List.of(), null, null, now, null);
        structure.update(details);
        structure.registerEvent(new StructureRegistered(structure.id, structure.name, structure.kind,
                structure.siret));
        return structure;
    }

    /** @throws IllegalArgumentException when a field breaks its rule; the structure is then unchanged */
    void update(StructureDetails details) {
        check(details);
        this.name = details.name().strip();
        this.searchKey = SearchKey.of(this.name);
        this.kind = details.kind();
        this.siret = Siret.parse(details.siret()).value();
        this.address = new Address(details.street(), details.postalCode(), details.commune(), details.inseeCode());
        this.inQpv = details.inQpv();
        this.agreement = new StateAgreement(details.agreementPostsFte(), details.agreementValidFrom(),
                details.agreementValidTo());
        this.activities = Activities.checked(details.activities());
        this.capacityPeople = details.capacityPeople();
        this.capacityHoursPerYear = details.capacityHoursPerYear();
    }

    /** @throws IllegalArgumentException when a field breaks its rule (name, kind, SIRET, codes, agreement) */
    static void check(StructureDetails details) {
        if (details.name() == null || details.name().isBlank() || details.name().strip().length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A structure's name is 1 to " + NAME_MAX_LENGTH + " characters");
        }
        if (details.kind() == null) {
            throw new IllegalArgumentException("A structure has a kind");
        }
        Siret.parse(details.siret());
        new Address(details.street(), details.postalCode(), details.commune(), details.inseeCode());
        new StateAgreement(details.agreementPostsFte(), details.agreementValidFrom(), details.agreementValidTo());
        Activities.checked(details.activities());
        if (details.capacityPeople() != null && details.capacityPeople() < 0
                || details.capacityHoursPerYear() != null && details.capacityHoursPerYear() < 0) {
            throw new IllegalArgumentException("A declared capacity is zero or more");
        }
    }

    void replaceContacts(List<Contact> newContacts) {
        this.contacts = new ArrayList<>(newContacts);
    }

    void overrideActivity(boolean active, String reason, String decidedBy, Instant decidedAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Overriding a structure's activity needs a reason");
        }
        this.activityOverride = new ActivityOverride(active, reason.strip(), decidedBy, decidedAt);
    }

    void clearActivityOverride() {
        this.activityOverride = null;
    }

    /**
     * Active unless a user decided otherwise: within its State agreement's dates when it has them, and
     * always when it has none (an employer, the PLIE).
     */
    public boolean isActiveOn(LocalDate date) {
        if (activityOverride != null) {
            return activityOverride.active();
        }
        return !agreement.hasDates() || agreement.holdsOn(date);
    }

    public StructureDetails details() {
        return new StructureDetails(name, kind, siret, address.street(), address.postalCode(), address.commune(),
                address.inseeCode(), inQpv, agreement.postsFte(), agreement.validFrom(), agreement.validTo(),
                activities, capacityPeople, capacityHoursPerYear);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public StructureKind kind() {
        return kind;
    }

    public Siret siret() {
        return new Siret(siret);
    }

    public Address address() {
        return address;
    }

    public boolean inQpv() {
        return inQpv;
    }

    public StateAgreement agreement() {
        return agreement;
    }

    public @Nullable ActivityOverride activityOverride() {
        return activityOverride;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<String> activities() {
        return activities;
    }

    public @Nullable Integer capacityPeople() {
        return capacityPeople;
    }

    public @Nullable Integer capacityHoursPerYear() {
        return capacityHoursPerYear;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public @Nullable Long version() {
        return version;
    }
}
