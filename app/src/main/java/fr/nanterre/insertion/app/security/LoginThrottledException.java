package fr.nanterre.insertion.app.security;

import org.springframework.security.core.AuthenticationException;

/** Refused before the password is even checked: too many failures for this name or this address. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException() {
        super("Too many failed logins; try again later");
    }
}
