package fr.nanterre.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's upkeep on the real JDBC registry: a listener that failed gets its event again from the schedule,
 * without a restart, once the publication is older than the threshold (10 minutes by default); completed
 * publications older than the retention (30 days by default) are purged, younger ones kept.
 */
@SpringBootTest(classes = EventRegistryHygieneTest.TestApplication.class,
        properties = {"insertion.events.resubmit-every=PT1H", "insertion.events.purge-cron=-",
                // the job is called twice in a row here: its lock is not held after a run
                "insertion.scheduling.lock-at-least-for=PT0S"})
class EventRegistryHygieneTest {

    /** An event of this test. */
    record Ping(int number) {
    }

    static class FlakyListener {

        static final AtomicBoolean failing = new AtomicBoolean(true);
        static final AtomicInteger handled = new AtomicInteger();

        @ApplicationModuleListener
        void on(Ping ping) {
            if (failing.get()) {
                throw new IllegalStateException("The listener fails for now");
            }
            handled.incrementAndGet();
        }
    }

    @SpringBootApplication
    @EnableAsync
    static class TestApplication {

        @Bean
        Clock clock() {
            return Clock.systemDefaultZone();
        }

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    EventRegistryHygiene hygiene;
    @Autowired
    FlakyListener listener;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyRegistry() {
        jdbc.sql("delete from public.event_publication").update();
        FlakyListener.failing.set(true);
        FlakyListener.handled.set(0);
    }

    @Test
    void aFailedListenerGetsItsEventAgainFromTheScheduleOnceOlderThanTheThreshold() {
        publish(new Ping(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> hygiene.pending().size() == 1
                && "FAILED".equals(hygiene.pending().getFirst().status()));
        assertThat(hygiene.pending().getFirst().eventType()).endsWith("Ping");
        FlakyListener.failing.set(false);

        // one minute old: younger than the 10 minutes' threshold, left alone
        age(Duration.ofMinutes(1));
        hygiene.resubmitIncomplete();
        assertThat(hygiene.pending()).hasSize(1);
        assertThat(FlakyListener.handled).hasValue(0);

        // eleven minutes old: delivered again, handled, completed
        age(Duration.ofMinutes(11));
        hygiene.resubmitIncomplete();
        await().atMost(Duration.ofSeconds(10)).until(() -> hygiene.pending().isEmpty());
        assertThat(FlakyListener.handled).hasValue(1);
    }

    @Test
    void completedPublicationsArePurgedAfterTheRetentionAndYoungerOnesKept() {
        FlakyListener.failing.set(false);
        publish(new Ping(2));
        publish(new Ping(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> completed() == 2 && hygiene.pending().isEmpty());
        // Ping 2 completed 31 days ago, Ping 3 29 days ago
        jdbc.sql("""
                update public.event_publication set
                  publication_date = now() - make_interval(days => case when serialized_event like '%2%' then 31 else 29 end),
                  completion_date = now() - make_interval(days => case when serialized_event like '%2%' then 31 else 29 end)
                """).update();

        hygiene.purgeCompleted();

        assertThat(jdbc.sql("select serialized_event from public.event_publication").query(String.class).list())
                .singleElement().asString().contains("3");
    }

    private void publish(Ping ping) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(ping));
    }

    private void age(Duration age) {
        jdbc.sql("update public.event_publication set publication_date = now() - make_interval(secs => :seconds)")
                .param("seconds", age.toSeconds()).update();
    }

    private long completed() {
        return jdbc.sql("select count(*) from public.event_publication where completion_date is not null")
                .query(Long.class).single();
    }
}
