package fr.nanterre.insertion.urbanrenewal;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs part of a module test as another role, then gives the test's own user back. */
public final class Acting {

    private Acting() {
    }

    public static void as(String role, Runnable work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null,
                "ROLE_" + role));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
