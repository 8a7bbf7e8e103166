package fr.nanterre.platform.postgres;

import static fr.nanterre.platform.postgres.DumpDatabases.value;
import static fr.nanterre.platform.postgres.DumpDatabases.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restore command of the README: the application started once with {@code --insertion.restore.from} on a
 * fresh data directory restores the dump before anything else of the application runs, here a demo loader that
 * fills an empty ledger, as the demo profile's loaders do; a second start with the same option is refused.
 */
class DumpRestoreAtStartTest {

    @TempDir
    Path temp;

    @AutoClose
    private final DumpDatabases databases = new DumpDatabases();

    /** An application with the two test modules, and a demo loader that writes at start-up into an empty ledger. */
    @SpringBootApplication
    static class TestApplication {

        @Bean
        ModuleSchema ledgerSchema() {
            return new ModuleSchema("dump_ledger");
        }

        @Bean
        ModuleSchema registerSchema() {
            return new ModuleSchema("dump_register");
        }

        @Bean
        ApplicationRunner demoLoader(JdbcClient jdbc) {
            return arguments -> {
                if (jdbc.sql("select count(*) from dump_ledger.account").query(Long.class).single() == 0) {
                    jdbc.sql("insert into dump_ledger.account (name) values ('Démo')").update();
                }
            };
        }
    }

    @Test
    void theApplicationStartedWithTheDumpRestoresItBeforeAnythingElseWrites() throws Exception {
        DataSource live = databases.start(temp.resolve("live"));
        DumpDatabases.migrate(live, null);
        DatabaseDumpTest.fill(live);
        Path dump = new EmbeddedPostgresBackup(live, temp.resolve("live"),
                new BackupProperties(true, temp.resolve("backups"), 7, null, null),
                Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC)).backup();

        Path fresh = temp.resolve("restored");
        try (ConfigurableApplicationContext application = start(fresh, dump)) {
            JdbcClient jdbc = application.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from dump_ledger.account order by id").query(String.class).list())
                    .containsExactly("Régie Nord", "Bâtiments Seine", "ESAT Ouest");
            assertThat(jdbc.sql("select count(*) || ' | ' || sum(amount) from dump_ledger.entry").query(String.class)
                    .single()).isEqualTo("3000 | 4501500.00");
        }

        // the option left on: the next start is refused, the restored database untouched
        assertThatThrownBy(() -> start(fresh, dump).close())
                .hasStackTraceContaining("the database is not empty");
        DataSource restored = databases.start(fresh);
        assertThat(values(restored, "select name from dump_ledger.account order by id"))
                .containsExactly("Régie Nord", "Bâtiments Seine", "ESAT Ouest");
        assertThat(value(restored, "select count(*) from dump_ledger.entry")).isEqualTo("3000");
    }

    private static ConfigurableApplicationContext start(Path dataDirectory, Path dump) {
        // on the command line, as an operator gives them: above the test run's system properties (ephemeral=true)
        return new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE).run(
                "--insertion.embedded-postgres.ephemeral=false",
                "--insertion.embedded-postgres.data-directory=" + dataDirectory,
                "--insertion.backup.enabled=false",
                "--insertion.restore.from=" + dump,
                // no screens here: Vaadin needs a web application
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }
}
