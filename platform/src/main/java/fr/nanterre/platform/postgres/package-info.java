/** The database: the embedded PostgreSQL started when none is configured, and each module's own schema and Flyway migrations. */
@NullMarked
package fr.nanterre.platform.postgres;

import org.jspecify.annotations.NullMarked;
