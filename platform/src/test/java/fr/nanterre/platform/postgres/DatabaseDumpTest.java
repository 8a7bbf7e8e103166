package fr.nanterre.platform.postgres;

import static fr.nanterre.platform.postgres.DumpDatabases.applicationRelations;
import static fr.nanterre.platform.postgres.DumpDatabases.execute;
import static fr.nanterre.platform.postgres.DumpDatabases.migrate;
import static fr.nanterre.platform.postgres.DumpDatabases.value;
import static fr.nanterre.platform.postgres.DumpDatabases.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.nanterre.platform.postgres.DumpManifest.Migration;
import fr.nanterre.platform.postgres.DumpManifest.SchemaHistory;

/**
 * The nightly logical dump and its restore, on real embedded servers: a dump restored into a fresh data directory
 * gives the same figures, whatever triggers, foreign keys, identities and seeded rows the schema has; what was
 * written after the dump is not in it; sequences go on; a dump of an older version is migrated after loading; a
 * restore that cannot be done leaves the database empty and says why; a dump cut short is never taken for one.
 */
class DatabaseDumpTest {

    private static final String ENTRIES = "select count(*), sum(amount) from dump_ledger.entry";
    private static final String TOTALS = "select account_id, entries, total from dump_ledger.account_total order by 1";
    private static final String NOTES = "select id, body, raw, tags, at, doc from dump_register.note order by id";

    @TempDir
    Path temp;

    @AutoClose
    private final DumpDatabases databases = new DumpDatabases();

    @Test
    void aDumpRestoredIntoAFreshDataDirectoryGivesTheSameFiguresAndTheSequencesGoOn() throws Exception {
        DataSource live = filledLive();
        List<String> totals = values(live, TOTALS);
        List<String> notes = values(live, NOTES);

        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");
        // written after the dump: not in it
        execute(live, "insert into dump_ledger.entry (account_id, trade, amount) values (1, 'PAINTING', 1000000)",
                "insert into dump_ledger.journal (line) values ('after the dump')");

        DataSource restored = databases.start(temp.resolve("restored"));
        migrate(restored, dump);

        // 3,000 entries of 1 to 3,000 €: 4,501,500 €, as before the row written after the dump
        assertThat(value(restored, ENTRIES)).isEqualTo("3000 | 4501500.00");
        // the read model kept by a trigger is restored as rows, not counted again by the trigger
        assertThat(values(restored, TOTALS)).isEqualTo(totals).containsExactly(
                "1 | 1000 | 1501500.00", "2 | 1000 | 1499500.00", "3 | 1000 | 1500500.00");
        assertThat(values(restored, "select account_id, count(*), sum(amount) from dump_ledger.entry "
                + "group by 1 order by 1")).containsExactly(
                "1 | 1000 | 1501500.00", "2 | 1000 | 1499500.00", "3 | 1000 | 1500500.00");
        // the seeded reference rows are the dumped ones (one edited, one added), not the migration's
        assertThat(values(restored, "select code, labour_share from dump_ledger.trade order by code"))
                .containsExactly("MASONRY | 0.55", "PAINTING | 0.70", "STEEL | 0.20");
        assertThat(values(restored, "select id, name, name_key from dump_ledger.account order by id")).containsExactly(
                "1 | Régie Nord | RÉGIE NORD", "2 | Bâtiments Seine | BÂTIMENTS SEINE", "3 | ESAT Ouest | ESAT OUEST");
        assertThat(values(restored, "select line from dump_ledger.journal order by id"))
                .containsExactly("opened", "3000 entries booked");
        assertThat(values(restored, NOTES)).isEqualTo(notes);
        assertThat(values(restored, "select count(*) from dump_register.reading")).containsExactly("20000");
        assertThat(values(restored, "select name, locked_by from public.shedlock"))
                .containsExactly("nightly-job | instance-1");
        assertThat(values(restored, "select listener_id, completion_date is null from public.event_publication"))
                .containsExactly("ledger.listener | t");

        // the sequences and identities go on from the dump's values; the triggers work again
        execute(restored, "insert into dump_ledger.entry (account_id, trade, amount) values (2, 'STEEL', 10)",
                "insert into dump_ledger.account (name) values ('Nouvelle régie')",
                "insert into dump_ledger.journal (line) values ('restored')");
        assertThat(values(restored, "select max(id) from dump_ledger.entry")).containsExactly("3001");
        assertThat(values(restored, "select max(id) from dump_ledger.account")).containsExactly("4");
        assertThat(values(restored, "select max(id) from dump_ledger.journal")).containsExactly("3");
        assertThat(values(restored, "select entries, total from dump_ledger.account_total where account_id = 2"))
                .containsExactly("1001 | 1499510.00");
        assertThatThrownBy(() -> execute(restored, "delete from dump_ledger.journal"))
                .hasMessageContaining("append-only");
        // the migrations are where they were, and the restore is finished
        assertThat(values(restored, "select version from dump_ledger.flyway_schema_history "
                + "where success and version is not null order by installed_rank")).containsExactly("1", "2");
        assertThat(values(restored, "select to_regnamespace('insertion_restore') is null")).containsExactly("t");
    }

    @Test
    void theDumpFileSaysWhatItHolds() throws Exception {
        DataSource live = filledLive();

        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");

        assertThat(dump.getFileName()).hasToString("insertion-20261201-010000.zip");
        // personal data: for the application's user only
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump))).isEqualTo("rw-------");
        try (ZipFile zip = new ZipFile(dump.toFile())) {
            DumpManifest manifest = DumpManifest.read(zip.getInputStream(zip.getEntry(DumpManifest.ENTRY)));
            assertThat(manifest.formatVersion()).isEqualTo(1);
            assertThat(manifest.serverVersion()).isGreaterThanOrEqualTo(170000);
            assertThat(manifest.tables()).extracting(table -> table.schema() + "." + table.name() + " " + table.rows())
                    .containsExactly("dump_ledger.account 3", "dump_ledger.account_total 3", "dump_ledger.entry 3000",
                            "dump_ledger.journal 2", "dump_ledger.trade 3", "dump_register.note 2",
                            "dump_register.reading 20000", "public.event_publication 1", "public.shedlock 1");
            // the generated column is computed again at restore time, not dumped
            assertThat(manifest.tables().getFirst().columns()).containsExactly("id", "name", "entries_at_v2");
            assertThat(manifest.sequences()).extracting(sequence -> sequence.name() + " " + sequence.lastValue())
                    .contains("entry_number 3000", "account_id_seq 3", "journal_id_seq 2");
            assertThat(manifest.history("dump_ledger").orElseThrow().version()).hasValueSatisfying(
                    version -> assertThat(version.getVersion()).isEqualTo("2"));
            // the rows are readable: COPY's text format
            String entries = new String(zip.getInputStream(zip.getEntry("data/dump_ledger/entry.copy")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(entries.lines()).hasSize(3000).first().isEqualTo("1\t2\tSTEEL\t1.00");
            assertThat(zip.getEntry("README.txt")).isNotNull();
        }
    }

    @Test
    void aDumpOfAnOlderVersionIsLoadedAtItsVersionThenMigrated() throws Exception {
        DataSource live = databases.start(temp.resolve("live"));
        // the application that made the dump had only V1 of the ledger
        DumpDatabases.shared(live).migrate();
        Flyway.configure().dataSource(live).schemas("dump_ledger").defaultSchema("dump_ledger")
                .locations("classpath:db/schema/dump_ledger").target("1").load().migrate();
        Flyway.configure().dataSource(live).schemas("dump_register").defaultSchema("dump_register")
                .locations("classpath:db/schema/dump_register").load().migrate();
        fill(live);
        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");

        DataSource restored = databases.start(temp.resolve("restored"));
        migrate(restored, dump);

        // V2 ran after the rows were loaded, on them: 1,000 entries per account
        assertThat(values(restored, "select id, entries_at_v2 from dump_ledger.account order by id"))
                .containsExactly("1 | 1000", "2 | 1000", "3 | 1000");
        assertThat(value(restored, ENTRIES)).isEqualTo("3000 | 4501500.00");
        assertThat(values(restored, "select version from dump_ledger.flyway_schema_history "
                + "where success and version is not null order by installed_rank")).containsExactly("1", "2");
    }

    @Test
    void aDumpNewerThanTheApplicationIsRefusedBeforeAnythingIsWritten() throws Exception {
        DataSource live = databases.start(temp.resolve("live"));
        migrate(live, null);
        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");
        Path newer = rewrite(dump, temp.resolve("newer.zip"), DumpManifest.ENTRY, manifest -> {
            DumpManifest read = DumpManifest.read(manifest);
            List<SchemaHistory> histories = new ArrayList<>();
            for (SchemaHistory history : read.schemas()) {
                List<Migration> migrations = new ArrayList<>(history.migrations());
                if (history.schema().equals("dump_ledger")) {
                    migrations.add(new Migration(4, "3", "a later one", "SQL", "V3__a_later_one.sql", 12345, true));
                }
                histories.add(new SchemaHistory(history.schema(), migrations));
            }
            return new DumpManifest(read.format(), read.formatVersion(), "0.2.0", read.postgresql(),
                    read.serverVersion(), read.database(), read.takenAt(), histories, read.tables(), read.sequences());
        });

        DataSource restored = databases.start(temp.resolve("restored"));
        assertThatThrownBy(() -> migrate(restored, newer))
                .hasMessageContaining("schema dump_ledger is at version 3, newer than this application's (2)")
                .hasMessageContaining("0.2.0");
        assertThat(applicationRelations(restored)).isEmpty();
    }

    @Test
    void aRestoreThatFailsLeavesTheDatabaseEmptyAndSaysWhy() throws Exception {
        DataSource live = filledLive();
        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");
        Path broken = rewrite(dump, temp.resolve("broken.zip"), "data/dump_ledger/entry.copy",
                rows -> new String(rows.readAllBytes(), StandardCharsets.UTF_8) + "3001\t1\tPAINTING\tlots\n");

        DataSource restored = databases.start(temp.resolve("restored"));
        assertThatThrownBy(() -> migrate(restored, broken))
                .hasMessageContaining("the database is left empty")
                .hasMessageContaining("the rows of dump_ledger.entry could not be loaded")
                .hasMessageContaining("lots");
        // neither the tables the migrations made nor the rows loaded before the broken table are left
        assertThat(applicationRelations(restored)).isEmpty();

        // the same database takes the good dump
        migrate(restored, dump);
        assertThat(value(restored, ENTRIES)).isEqualTo("3000 | 4501500.00");
    }

    @Test
    void aRestoreCutShortStopsANormalStartAndIsDoneAgainByTheNextRestore() throws Exception {
        DataSource live = filledLive();
        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");
        DataSource restored = databases.start(temp.resolve("restored"));
        // what a kill -9 during the restore leaves: the mark, and the tables the migrations had made
        execute(restored, "create schema insertion_restore",
                "create table insertion_restore.unfinished (dump text not null, started_at timestamptz not null "
                        + "default now())",
                "insert into insertion_restore.unfinished (dump) values ('" + dump + "')");
        DumpDatabases.shared(restored).migrate();
        Flyway.configure().dataSource(restored).schemas("dump_ledger").defaultSchema("dump_ledger")
                .locations("classpath:db/schema/dump_ledger").target("1").load().migrate();

        assertThatThrownBy(() -> migrate(restored, null))
                .hasMessageContaining("The restore of " + dump + " into this database did not finish")
                .hasMessageContaining("--insertion.restore.from=" + dump);

        migrate(restored, dump);
        assertThat(value(restored, ENTRIES)).isEqualTo("3000 | 4501500.00");
        assertThat(values(restored, TOTALS)).containsExactly(
                "1 | 1000 | 1501500.00", "2 | 1000 | 1499500.00", "3 | 1000 | 1500500.00");
        assertThat(values(restored, "select to_regnamespace('insertion_restore') is null")).containsExactly("t");
        migrate(restored, null);
    }

    @Test
    void aDatabaseThatIsNotEmptyIsNeverRestoredInto() throws Exception {
        DataSource live = filledLive();
        Path dump = backup(live, BackupProperties.Format.DUMP, 7, "2026-12-01T01:00:00Z");
        execute(live, "insert into dump_ledger.entry (account_id, trade, amount) values (1, 'PAINTING', 1000000)");

        assertThatThrownBy(() -> migrate(live, dump)).hasMessageContaining("the database is not empty");
        assertThat(value(live, ENTRIES)).isEqualTo("3001 | 5501500.00");
    }

    @Test
    void aDumpKilledWhileWritingLeavesOnlyAPartialFileThatIsNeverRestored() throws Exception {
        DataSource live = filledLive();
        // about 30 MB of rows: the dump takes long enough to be killed in the middle
        execute(live, "insert into dump_register.reading select i, md5(i::text) || md5((-i)::text) "
                + "from generate_series(20001, 420000) i");
        Path backups = temp.resolve("backups");
        String url = value(live, "select 'jdbc:postgresql://localhost:' || current_setting('port') "
                + "|| '/postgres?user=postgres'");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process application = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DumpingApplication.class.getName(), url, backups.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("dumping.log").toFile()).start();
        try {
            Path partial = null;
            while (application.isAlive() && (partial == null || Files.size(partial) < 1_000_000)) {
                Thread.sleep(5);
                partial = partials(backups).stream().findFirst().orElse(null);
            }
            assertThat(application.isAlive()).as("the dump was still being written: %s",
                    Files.exists(temp.resolve("dumping.log")) ? Files.readString(temp.resolve("dumping.log")) : "")
                    .isTrue();
        } finally {
            application.destroyForcibly();
            assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        EmbeddedPostgresBackup backup = new EmbeddedPostgresBackup(live, temp.resolve("live"),
                new BackupProperties(true, backups, 7, null, null), Clock.systemUTC());
        assertThat(partials(backups)).hasSize(1);
        assertThat(backup.backups()).isEmpty();
        DataSource restored = databases.start(temp.resolve("restored"));
        assertThatThrownBy(() -> migrate(restored, partials(backups).getFirst()))
                .hasMessageContaining("not a complete dump");
        assertThat(applicationRelations(restored)).isEmpty();

        // the next night's dump is whole, and the leftover is gone
        Path dump = backup.backup();
        assertThat(partials(backups)).isEmpty();
        assertThat(backup.backups()).containsExactly(dump);
        migrate(restored, dump);
        assertThat(values(restored, "select count(*) from dump_register.reading")).containsExactly("420000");
    }

    @Test
    void onlyTheLastBackupsAreKeptWhateverTheirFormat() throws Exception {
        DataSource live = databases.start(temp.resolve("live"));
        migrate(live, null);
        backup(live, BackupProperties.Format.COPY, 3, "2026-12-01T01:00:00Z");
        backup(live, BackupProperties.Format.DUMP, 3, "2026-12-02T01:00:00Z");
        backup(live, BackupProperties.Format.DUMP, 3, "2026-12-03T01:00:00Z");
        backup(live, BackupProperties.Format.DUMP, 3, "2026-12-04T01:00:00Z");

        try (Stream<Path> kept = Files.list(temp.resolve("backups"))) {
            assertThat(kept.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    "insertion-20261202-010000.zip", "insertion-20261203-010000.zip", "insertion-20261204-010000.zip");
        }
    }

    /** Three accounts, 3,000 entries of 1 to 3,000 € (4,501,500 €), reference rows edited, odd values. */
    /** A server on a fresh data directory, migrated to the application's versions and {@link #fill filled}. */
    private DataSource filledLive() throws Exception {
        DataSource live = databases.start(temp.resolve("live"));
        migrate(live, null);
        fill(live);
        return live;
    }

    static void fill(DataSource live) throws Exception {
        execute(live,
                "insert into dump_ledger.account (name) values ('Régie Nord'), ('Bâtiments Seine'), ('ESAT Ouest')",
                "update dump_ledger.trade set labour_share = 0.55 where code = 'MASONRY'",
                "insert into dump_ledger.trade values ('STEEL', 0.20)",
                "insert into dump_ledger.entry (account_id, trade, amount) select 1 + i % 3, "
                        + "case when i % 2 = 0 then 'PAINTING' else 'STEEL' end, i from generate_series(1, 3000) i",
                "insert into dump_ledger.journal (line) values ('opened'), ('3000 entries booked')",
                "insert into dump_register.note values (1, E'tab\\there, line\\nbreak, back\\\\slash, \"quoted\", "
                        + "é €', '\\x00ff0a09'::bytea, '{a,\"b c\",NULL}', '2026-12-01 10:30:00+01', "
                        + "'{\"k\": [1, \"é\"], \"t\": \"a\\tb\"}'), (2, null, null, null, null, null)",
                "insert into dump_register.reading select i, md5(i::text) from generate_series(1, 20000) i",
                "insert into public.shedlock values ('nightly-job', now() - interval '1 hour', "
                        + "now() - interval '2 hours', 'instance-1')",
                "insert into public.event_publication (id, listener_id, event_type, serialized_event, "
                        + "publication_date) values (gen_random_uuid(), 'ledger.listener', 'Booked', '{}', now())");
    }

    private Path backup(DataSource live, BackupProperties.Format format, int keep, String at) {
        Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
        return new EmbeddedPostgresBackup(live, temp.resolve("live"),
                new BackupProperties(true, temp.resolve("backups"), keep, null, format), clock).backup();
    }

    private static List<Path> partials(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".partial-")).toList();
        }
    }

    /** A changed copy of a dump: one entry's content replaced. */
    private static Path rewrite(Path dump, Path to, String entryName, Change change) throws IOException {
        try (ZipFile zip = new ZipFile(dump.toFile());
             OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                copy.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals(entryName)) {
                        Object changed = change.apply(in);
                        if (changed instanceof DumpManifest manifest) {
                            ByteArrayOutputStream json = new ByteArrayOutputStream();
                            manifest.write(json);
                            copy.write(json.toByteArray());
                        } else {
                            copy.write(changed.toString().getBytes(StandardCharsets.UTF_8));
                        }
                    } else {
                        in.transferTo(copy);
                    }
                }
                copy.closeEntry();
            }
        }
        return to;
    }

    /** The new content of an entry: a manifest, or text. */
    @FunctionalInterface
    private interface Change {
        Object apply(InputStream content) throws IOException;
    }

}
