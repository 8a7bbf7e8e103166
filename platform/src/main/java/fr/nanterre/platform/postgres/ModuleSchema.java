package fr.nanterre.platform.postgres;

import java.util.Objects;

/**
 * A module's own PostgreSQL schema. Each module declares one as a bean; its Flyway migrations live under
 * {@code db/schema/<schema>} and its migration history in {@code <schema>.flyway_schema_history}, so that
 * modules evolve their tables independently.
 */
public record ModuleSchema(String name) {

    public ModuleSchema {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("A schema name is lower-case letters and underscores: " + name);
        }
    }

    String migrationsLocation() {
        return "classpath:db/schema/" + name;
    }
}
