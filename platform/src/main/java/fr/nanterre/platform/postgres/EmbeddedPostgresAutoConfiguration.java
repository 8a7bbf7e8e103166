package fr.nanterre.platform.postgres;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;

/**
 * With no {@code spring.datasource.url}, the application runs on an embedded PostgreSQL (real binaries, not H2),
 * so that it starts on a bare machine and tests run against the same database engine as production.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties({EmbeddedPostgresProperties.class, BackupProperties.class})
public class EmbeddedPostgresAutoConfiguration {

    @Bean
    DataSource dataSource(EmbeddedPostgresProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(properties));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        // batched inserts (imports) go to the server as multi-row inserts: several times faster
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    /** The nightly backup of the application's own embedded database (none for a throwaway one). */
    @Bean
    @ConditionalOnExpression("${insertion.backup.enabled:true} and !${insertion.embedded-postgres.ephemeral:false}")
    EmbeddedPostgresBackup embeddedPostgresBackup(DataSource dataSource, EmbeddedPostgresProperties properties,
                                                  BackupProperties backup, ObjectProvider<Clock> clock,
                                                  ObjectProvider<BuildProperties> build) {
        BuildProperties buildProperties = build.getIfAvailable();
        return new EmbeddedPostgresBackup(dataSource, properties.dataDirectory(), backup,
                clock.getIfAvailable(Clock::systemDefaultZone),
                buildProperties == null ? null : buildProperties.getVersion());
    }
}
