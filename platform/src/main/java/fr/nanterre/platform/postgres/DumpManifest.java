package fr.nanterre.platform.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of contents of a logical dump ({@code manifest.json}, the last entry of the zip): what was dumped, from
 * which server and application, at which migration versions, and how many rows each table had, so that a restore
 * checks it loaded them all.
 *
 * @param format             always {@link #FORMAT}
 * @param formatVersion      {@link #FORMAT_VERSION}; a restore refuses a newer one
 * @param applicationVersion the version of the application that made the dump, when it knows it
 * @param postgresql         the server's {@code version()}
 * @param serverVersion      the server's {@code server_version_num} (170011 for 17.11)
 * @param database           the database's name
 * @param takenAt            when the dump's snapshot was taken (ISO-8601, UTC)
 * @param schemas            each schema's Flyway history, which says the version of its tables
 * @param tables             every table whose rows are in the dump, in the order they were written
 * @param sequences          every sequence's value
 */
record DumpManifest(String format, int formatVersion, @Nullable String applicationVersion, String postgresql,
                    int serverVersion, String database, String takenAt, List<SchemaHistory> schemas,
                    List<Table> tables, List<Sequence> sequences) {

    static final String FORMAT = "insertion-dump";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // the manifest is one entry of the zip, which stays open for the next one
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * One schema's Flyway history ({@code <schema>.flyway_schema_history}) as it was in the dumped database.
     *
     * @param schema     the schema whose tables these migrations made
     * @param migrations the history's rows, in the order they were applied
     */
    record SchemaHistory(String schema, List<Migration> migrations) {

        /** The latest version applied, if any. */
        Optional<MigrationVersion> version() {
            return migrations.stream().filter(migration -> migration.version() != null)
                    .map(migration -> MigrationVersion.fromVersion(migration.version()))
                    .max(Comparator.naturalOrder());
        }
    }

    /** One row of a Flyway history. */
    record Migration(int rank, @Nullable String version, String description, String type, String script,
                     @Nullable Integer checksum, boolean success) {
    }

    /**
     * One table's rows: the zip entry holds them in PostgreSQL's {@code COPY} text format (the format of
     * {@code pg_dump}'s plain dumps: one line a row, tab-separated, {@code \N} for null), in the order of
     * {@code columns}.
     */
    record Table(String schema, String name, String entry, List<String> columns, long rows) {

        String qualifiedName() {
            return Sql.quote(schema) + "." + Sql.quote(name);
        }
    }

    /** A sequence's state, as {@code setval(…, lastValue, called)} restores it. */
    record Sequence(String schema, String name, long lastValue, boolean called) {

        String qualifiedName() {
            return Sql.quote(schema) + "." + Sql.quote(name);
        }
    }

    Optional<SchemaHistory> history(String schema) {
        return schemas.stream().filter(history -> history.schema().equals(schema)).findFirst();
    }

    void write(OutputStream to) throws IOException {
        try {
            JSON.writeValue(to, this);
        } catch (JacksonException e) {
            throw new IOException("The dump's manifest could not be written", e);
        }
    }

    static DumpManifest read(InputStream from) throws IOException {
        try {
            DumpManifest manifest = JSON.readValue(from, DumpManifest.class);
            if (!FORMAT.equals(manifest.format())) {
                throw new IOException("Not a dump of this application (format " + manifest.format() + ")");
            }
            Objects.requireNonNull(manifest.tables(), "tables");
            return manifest;
        } catch (JacksonException e) {
            throw new IOException("The dump's manifest is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** SQL identifiers. */
    static final class Sql {

        private Sql() {
        }

        static String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
