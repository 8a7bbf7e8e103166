package fr.nanterre.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The explicit exemption from the rule that every public method of a {@code @Service} checks the caller's role
 * with {@code @PreAuthorize}. Put it on a method that no user calls: an event listener, a scheduled job, a call
 * between modules that carries ids only and whose caller checked the role. {@link #value()} says why; the
 * architecture test refuses an empty reason.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WithoutRoleCheck {

    /** Why no role is checked here (who calls it, and why that is safe). */
    String value();
}
