/**
 * The assembly: the Spring Boot application, the Vaadin shell whose side navigation is built from every module's
 * {@code @Menu} views, the login and language switch, security (web and method security, user accounts declared in
 * properties) and the home page. It may use every module's API; no module may use it. The cross-pillar dashboards
 * will live here too.
 */
@ApplicationModule(displayName = "Application")
@NullMarked
package fr.nanterre.insertion.app;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
