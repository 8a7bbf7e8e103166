package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: where the participants grid's first page spends its time beyond the bare page query, at the national
 * scale (57,231 participants): the service's own query bare, inside a read-only transaction, inside a read-write
 * one with the audit line's insert, then the whole service call (method security, transaction, query, mapping,
 * audit line). Medians of 500 warm runs. Run alone:
 * {@code mvn -o verify -pl partners -am -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=ParticipantsFirstPageBenchmark}.
 */
@Tag("benchmark")
@ApplicationModuleTest
@WithMockUser(username = "bench", roles = "PARTNERS")
class ParticipantsFirstPageBenchmark {

    static final int PARTICIPANTS = 57_231;
    static final int RUNS = 500;
    static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    static final String BARE = "select * from partners.participant order by search_key, id limit 50";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    EligibilityRule rule;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theFirstPageStepByStep() {
        jdbc.sql("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on, version)
                select md5('p' || i)::uuid, 'P-2021-' || lpad(i::text, 6, '0'), 'Nom' || i, 'Prénom' || i,
                       date '1960-01-01' + (i * 37 % 16000), (array['FEMALE', 'MALE'])[1 + i % 2], 'Nanterre', '92050',
                       i % 3 = 0, i % 4 <> 0, 'PLIE', 'nom' || i || ' prenom' || i, date '2020-01-01' + i % 700, 0
                from generate_series(1, :participants) i""").param("participants", PARTICIPANTS).update();
        jdbc.sql("analyze").update();
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        TransactionTemplate readWrite = new TransactionTemplate(transactionManager);
        ParticipantSearch search = new ParticipantSearch(ParticipantFilter.ALL, LocalDate.now(), rule);

        ParticipantDirectory target = AopTestUtils.getUltimateTargetObject(directory);
        for (int round = 1; round <= 2; round++) {
            measure(round, search, readOnly, readWrite, target);
        }
        assertThat(directory.find(ParticipantFilter.ALL, FIRST_PAGE)).hasSize(50);
    }

    private void measure(int round, ParticipantSearch search, TransactionTemplate readOnly,
                         TransactionTemplate readWrite, ParticipantDirectory target) {
        double bare = median(() -> jdbc.sql(BARE).query().listOfRows().size());
        double query = median(() -> search.page(jdbc, FIRST_PAGE).size());
        double inReadOnly = median(() -> readOnly.execute(status -> search.page(jdbc, FIRST_PAGE).size()));
        double inReadWrite = median(() -> readWrite.execute(status -> search.page(jdbc, FIRST_PAGE).size()));
        double withAudit = median(() -> readWrite.execute(status -> {
            int rows = search.page(jdbc, FIRST_PAGE).size();
            audit.record("bench", AuditAction.LIST_SHOWN, null, "rows=" + rows);
            return rows;
        }));
        double unsecured = median(() -> readWrite.execute(status -> target.find(ParticipantFilter.ALL, FIRST_PAGE)
                .size()));
        double service = median(() -> directory.find(ParticipantFilter.ALL, FIRST_PAGE).size());
        double securityOnly = median(() -> directory.eligibilityRule() == null ? 0 : 50);
        System.out.printf(Locale.ROOT, "%nParticipants grid, first page of 50 among %,d (medians of %d runs, round %d):%n"
                        + "  bare page query (select *)                  %.2f ms%n"
                        + "  the service's query, bare                   %.2f ms%n"
                        + "  in a read-only transaction                  %.2f ms%n"
                        + "  in a read-write transaction                 %.2f ms%n"
                        + "  read-write with the audit line's insert     %.2f ms%n"
                        + "  find() without its proxies, in a transaction %.2f ms%n"
                        + "  ParticipantDirectory.find (security too)    %.2f ms (ratio to bare %.1f)%n"
                        + "  a secured method that does nothing          %.3f ms%n%n",
                PARTICIPANTS, RUNS, round, bare, query, inReadOnly, inReadWrite, withAudit, unsecured, service,
                service / bare, securityOnly);
    }

    private static double median(Supplier<Integer> work) {
        for (int i = 0; i < 50; i++) {
            assertThat(work.get()).isEqualTo(50);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
