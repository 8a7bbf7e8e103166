/**
 * The charter's screens: projects, operations and their linked lots, progress and the yearly report.
 *
 * <p>Which buttons a user sees, and whether counts of people are hidden, follow the roles as
 * {@link fr.nanterre.platform.security.CurrentUser} reads them: from the security holder that method security reads,
 * so that the screen and the services always agree. (Vaadin's {@code AuthenticationContext} reads the static holder,
 * which, with several application contexts in one JVM, as in the module's tests, may point at another one's.)
 */
@NullMarked
package fr.nanterre.insertion.urbanrenewal.ui;

import org.jspecify.annotations.NullMarked;
