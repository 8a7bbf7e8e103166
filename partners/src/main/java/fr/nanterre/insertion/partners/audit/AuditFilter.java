package fr.nanterre.insertion.partners.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator narrows the audit log to.
 *
 * @param username part of a user name, any case; blank for everyone
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 */
public record AuditFilter(@Nullable String username, @Nullable AuditAction action, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
