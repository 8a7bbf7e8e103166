package fr.nanterre.insertion.partners.participant;

import static java.util.Comparator.comparing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.ParticipantEnrolled;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person followed by the policy: identity, referent, and the eligibility criteria recorded with their proofs.
 * Personal data: only PARTNERS and FACILITATOR see it, and every read and change is audited. Other modules know a
 * participant by id and pseudonymous reference.
 */
@Table(schema = "partners", name = "participant")
public class Participant extends AbstractAggregateRoot<Participant> {

    private final @Id UUID id;
    /** Pseudonymous: P-2026-000123. */
    private final String reference;
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private Sex sex;
    private @Nullable String address;
    private @Nullable String postalCode;
    private String commune;
    private String inseeCode;
    private boolean qpvResident;
    private boolean nanterreResident;
    private @Nullable String referent;
    private ReferringOrganisation referringOrganisation;
    /** Last and first name as they are searched: see {@link SearchKey}. */
    private String searchKey;
    private final LocalDate enrolledOn;
    private @Nullable LocalDate anonymisedOn;
    @MappedCollection(idColumn = "participant_id")
    private Set<RecordedCriterion> criteria = new HashSet<>();
    private @Version @Nullable Long version;

    @PersistenceCreator
    Participant(UUID id, String reference, LocalDate enrolledOn, @Nullable Long version) {
        this.id = id;
        this.reference = reference;
        this.enrolledOn = enrolledOn;
        this.version = version;
    }

    static Participant enrol(String reference, ParticipantDetails details, LocalDate today) {
        Participant participant = new Participant(UUID.randomUUID(), reference, today, null);
        participant.apply(details);
        participant.registerEvent(new ParticipantEnrolled(participant.id, reference, today));
        return participant;
    }

    /** @return the names of the fields that changed */
    List<String> change(ParticipantDetails details) {
        requireNotAnonymised();
        List<String> changed = details().fieldsChangedIn(details);
        apply(details);
        return changed;
    }

    private void apply(ParticipantDetails details) {
        lastName = details.lastName();
        firstName = details.firstName();
        birthDate = details.birthDate();
        sex = details.sex();
        address = details.address();
        postalCode = details.postalCode();
        commune = details.commune();
        inseeCode = details.inseeCode();
        qpvResident = details.qpvResident();
        nanterreResident = details.nanterreResident();
        referent = details.referent();
        referringOrganisation = details.referringOrganisation();
        searchKey = SearchKey.of(lastName + " " + firstName);
    }

    RecordedCriterion record(EligibilityCriterion criterion, String proofChecked, LocalDate proofDate,
                             String recordedBy, Instant recordedAt) {
        requireNotAnonymised();
        RecordedCriterion recorded = criterion.record(proofChecked, proofDate, recordedBy, recordedAt);
        criteria.add(recorded);
        return recorded;
    }

    RecordedCriterion removeCriterion(UUID criterionId) {
        requireNotAnonymised();
        RecordedCriterion removed = criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No criterion " + criterionId + " for " + reference));
        criteria.remove(removed);
        return removed;
    }

    EligibilitySnapshot eligibilityOn(LocalDate date, EligibilityRule rule,
                                      Map<String, EligibilityCriterion> reference) {
        return rule.assess(id, date, criteria, reference);
    }

    /**
     * Erases what identifies the person and keeps what the statistics count: sex, year of birth, QPV and Nanterre
     * residence, commune, referring organisation, criteria codes and dates.
     */
    void anonymise(LocalDate today) {
        lastName = reference;
        firstName = reference;
        birthDate = LocalDate.of(birthDate.getYear(), 1, 1);
        // the charter counts Nanterre's residents (92050) and the QPV flag stays; elsewhere, the department is enough
        if (!ParticipantDetails.NANTERRE_INSEE_CODE.equals(inseeCode)) {
            inseeCode = inseeCode.substring(0, 2) + "000";
            commune = "—";
        }
        address = null;
        postalCode = null;
        referent = null;
        searchKey = SearchKey.of(reference);
        criteria = new HashSet<>(criteria.stream().map(RecordedCriterion::withoutProofText).toList());
        anonymisedOn = today;
    }

    private void requireNotAnonymised() {
        if (isAnonymised()) {
            throw new IllegalStateException("Participant " + reference + " was anonymised and can no longer change");
        }
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(lastName, firstName, birthDate, sex, address, postalCode, commune, inseeCode,
                qpvResident, nanterreResident, referent, referringOrganisation);
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String lastName() {
        return lastName;
    }

    public String firstName() {
        return firstName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    public @Nullable LocalDate anonymisedOn() {
        return anonymisedOn;
    }

    /** Newest proof first. */
    public List<RecordedCriterion> criteria() {
        return criteria.stream().sorted(comparing(RecordedCriterion::proofDate).reversed()
                .thenComparing(RecordedCriterion::criterionCode)).toList();
    }

    /** The version the user saw: a change made from an older one is refused (optimistic locking). */
    public long version() {
        return version == null ? 0 : version;
    }

    /** @throws OptimisticLockingFailureException when someone else changed the participant since {@code read} */
    void requireVersion(long read) {
        if (version() != read) {
            throw new OptimisticLockingFailureException("Participant " + reference
                    + " was changed by someone else since version " + read);
        }
    }
}
