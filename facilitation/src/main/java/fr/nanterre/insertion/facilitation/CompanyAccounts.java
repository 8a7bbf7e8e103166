package fr.nanterre.insertion.facilitation;

import java.util.Optional;

/**
 * The companies' portal accounts, which the MEF's facilitators create in the database, for the application's
 * login: the application combines them with the accounts its configuration declares.
 */
public interface CompanyAccounts {

    /**
     * The active account with this user name (its e-mail address, in any case) whose password was set; empty
     * otherwise. Needs no role: it is asked before anyone is logged in.
     */
    Optional<CompanyLogin> login(String username);
}
