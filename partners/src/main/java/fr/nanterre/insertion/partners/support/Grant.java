package fr.nanterre.insertion.partners.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A grant the City agreed to give a structure for a year: its purpose, amount, conditions and payments. */
@Table(schema = "partners", name = "grant_agreement")
public class Grant {

    private final @Id UUID id;
    private final UUID structureId;
    private final int year;
    private final String purpose;
    private final BigDecimal amount;
    private final @Nullable String conditions;
    private final @Nullable LocalDate signedOn;
    @MappedCollection(idColumn = "grant_id", keyColumn = "position")
    private final List<Payment> payments;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    Grant(UUID id, UUID structureId, int year, String purpose, BigDecimal amount, @Nullable String conditions,
          @Nullable LocalDate signedOn, List<Payment> payments, @Nullable Long version) {
        this.id = id;
        this.structureId = structureId;
        this.year = year;
        this.purpose = purpose;
        this.amount = amount;
        this.conditions = conditions;
        this.signedOn = signedOn;
        this.payments = new ArrayList<>(payments);
        this.version = version;
    }

    static Grant agree(UUID structureId, int year, String purpose, BigDecimal amount, @Nullable String conditions,
                       @Nullable LocalDate signedOn) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A grant has a purpose");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A grant's amount is positive: " + amount);
        }
        return new Grant(UUID.randomUUID(), structureId, year, purpose.strip(), amount, conditions, signedOn,
                List.of(), null);
    }

    /** @throws IllegalArgumentException when the payment is not positive or would pay more than the grant */
    void pay(LocalDate paidOn, BigDecimal paid) {
        if (paid == null || paid.signum() <= 0) {
            throw new IllegalArgumentException("A payment is positive: " + paid);
        }
        if (paidSoFar().add(paid).compareTo(amount) > 0) {
            throw new IllegalArgumentException("Paying " + paid + " would exceed the grant of " + amount);
        }
        payments.add(new Payment(paidOn, paid));
    }

    public BigDecimal paidSoFar() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() {
        return id;
    }

    public UUID structureId() {
        return structureId;
    }

    public int year() {
        return year;
    }

    public String purpose() {
        return purpose;
    }

    public BigDecimal amount() {
        return amount;
    }

    public @Nullable String conditions() {
        return conditions;
    }

    public @Nullable LocalDate signedOn() {
        return signedOn;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }
}
