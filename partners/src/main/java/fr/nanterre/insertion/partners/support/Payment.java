package fr.nanterre.insertion.partners.support;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A payment of part of a grant. */
@Table(schema = "partners", name = "grant_payment")
public record Payment(LocalDate paidOn, BigDecimal amount) {
}
