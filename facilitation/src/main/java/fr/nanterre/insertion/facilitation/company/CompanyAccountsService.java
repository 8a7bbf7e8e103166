package fr.nanterre.insertion.facilitation.company;

import java.util.Locale;
import java.util.Optional;

import fr.nanterre.insertion.facilitation.CompanyAccounts;
import fr.nanterre.insertion.facilitation.CompanyLogin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CompanyAccountsService implements CompanyAccounts {

    private final Accounts accounts;

    CompanyAccountsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CompanyLogin> login(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(account -> account.active() && account.passwordHash() != null)
                .map(account -> new CompanyLogin(account.username(), account.passwordHash(), account.sirets()));
    }
}
