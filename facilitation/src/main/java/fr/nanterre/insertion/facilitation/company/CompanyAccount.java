package fr.nanterre.insertion.facilitation.company;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company's account on the portal: its user name is its e-mail address; it speaks for one or more SIRETs.
 *
 * @param language     the language of the e-mails it receives, {@code fr} or {@code en}
 * @param passwordHash null until the person sets a password through the link they received
 */
@Table(schema = "facilitation", name = "company_account")
public record CompanyAccount(@Id UUID id, String username, String name, String language,
                             @Nullable String passwordHash, boolean active, String createdBy, Instant createdAt,
                             @MappedCollection(idColumn = "company_account") Set<AccountSiret> establishments,
                             @Version @Nullable Long version) {

    /** One SIRET the account speaks for. */
    @Table(schema = "facilitation", name = "company_account_siret")
    public record AccountSiret(String siret) {
    }

    static CompanyAccount created(NewCompanyAccount details, String by, Instant at) {
        return new CompanyAccount(UUID.randomUUID(), details.email(), details.name(), details.language(), null, true,
                by, at, details.sirets().stream().map(AccountSiret::new).collect(Collectors.toSet()), null);
    }

    public Set<String> sirets() {
        return establishments.stream().map(AccountSiret::siret).collect(Collectors.toUnmodifiableSet());
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Whether the person has set a password yet. */
    public boolean passwordSet() {
        return passwordHash != null;
    }

    CompanyAccount withPassword(String hash) {
        return new CompanyAccount(id, username, name, language, hash, active, createdBy, createdAt, establishments,
                version);
    }

    CompanyAccount deactivated() {
        return new CompanyAccount(id, username, name, language, passwordHash, false, createdBy, createdAt,
                establishments, version);
    }

    CompanyAccount reactivated() {
        return new CompanyAccount(id, username, name, language, passwordHash, true, createdBy, createdAt,
                establishments, version);
    }
}
