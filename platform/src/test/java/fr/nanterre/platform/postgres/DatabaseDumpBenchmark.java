package fr.nanterre.platform.postgres;

import static fr.nanterre.platform.postgres.DumpDatabases.execute;
import static fr.nanterre.platform.postgres.DumpDatabases.migrate;
import static fr.nanterre.platform.postgres.DumpDatabases.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the nightly dump and its restore take on a database of a million rows (500,000 ledger entries with
 * their trigger-kept totals, 1,000,000 readings), next to the raw work of the same server: a bare {@code COPY} of
 * the same rows to nowhere. Prints the figures; asserts only that the restored figures are the dumped ones.
 */
@Tag("benchmark")
class DatabaseDumpBenchmark {

    private static final String FIGURES = "select (select count(*) || ' ' || sum(amount) from dump_ledger.entry) "
            + "|| ' / ' || (select sum(total) from dump_ledger.account_total) "
            + "|| ' / ' || (select count(*) || ' ' || sum(length(value)) from dump_register.reading)";

    @TempDir
    Path temp;

    @AutoClose
    private final DumpDatabases databases = new DumpDatabases();

    @Test
    void dumpAndRestoreOfAMillionRows() throws Exception {
        DataSource live = databases.start(temp.resolve("live"));
        migrate(live, null);
        DatabaseDumpTest.fill(live);
        // the trigger's row-by-row upsert of three totals is quadratic in one transaction: off for the bulk, then
        // the totals computed at once, as the trigger would have left them
        execute(live, "set session_replication_role = replica",
                "insert into dump_ledger.entry (account_id, trade, amount) select 1 + i % 3, 'PAINTING', i % 1000 "
                        + "from generate_series(1, 497000) i",
                "set session_replication_role = origin",
                "insert into dump_ledger.account_total (account_id, entries, total) select account_id, count(*), "
                        + "sum(amount) from dump_ledger.entry group by 1 on conflict (account_id) do update "
                        + "set entries = excluded.entries, total = excluded.total",
                "insert into dump_register.reading select i, md5(i::text) from generate_series(20001, 1000000) i",
                "vacuum analyze");
        String figures = value(live, FIGURES);

        long start = System.nanoTime();
        execute(live, "copy (select * from dump_ledger.entry) to program 'cat > /dev/null'",
                "copy (select * from dump_register.reading) to program 'cat > /dev/null'");
        long bareCopy = System.nanoTime() - start;

        start = System.nanoTime();
        Path dump = new EmbeddedPostgresBackup(live, temp.resolve("live"),
                new BackupProperties(true, temp.resolve("backups"), 7, null, null), Clock.systemUTC()).backup();
        long dumping = System.nanoTime() - start;

        DataSource restored = databases.start(temp.resolve("restored"));
        start = System.nanoTime();
        migrate(restored, dump);
        long restoring = System.nanoTime() - start;

        assertThat(value(restored, FIGURES)).isEqualTo(figures);
        System.out.printf("dump of 1,003,000 rows (%s): %d ms, %,d bytes; bare COPY of the two big tables: %d ms "
                        + "(ratio %.1f); restore (migrations, load, checks) into a fresh data directory: %d ms; "
                        + "load average %s%n", figures, dumping / 1_000_000, Files.size(dump), bareCopy / 1_000_000,
                (double) dumping / bareCopy, restoring / 1_000_000,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
