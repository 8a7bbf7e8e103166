/**
 * The database: the embedded PostgreSQL started when none is configured, each module's own schema and Flyway
 * migrations, the nightly backup (a logical dump, or a physical copy) and the restore of a dump at start-up.
 */
@NullMarked
package fr.nanterre.platform.postgres;

import org.jspecify.annotations.NullMarked;
