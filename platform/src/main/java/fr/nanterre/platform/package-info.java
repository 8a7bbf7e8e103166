/**
 * What every pillar stands on and that belongs to none of them: the database, role names, the i18n provider.
 * It lives outside {@code fr.nanterre.insertion} on purpose, so that Spring Modulith does not take it for an
 * application module (see docs/decisions/0004-platform-outside-the-modules.md).
 */
@NullMarked
package fr.nanterre.platform;

import org.jspecify.annotations.NullMarked;
