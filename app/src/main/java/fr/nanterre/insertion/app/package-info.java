/**
 * The assembly: the application shell and its navigation, security and user accounts, the cross-pillar
 * dashboards. It may use every module; no module may use it.
 */
@ApplicationModule(displayName = "Application")
@NullMarked
package fr.nanterre.insertion.app;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
