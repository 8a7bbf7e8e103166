package fr.nanterre.insertion.partners.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PartnerIndicators#between} at the national scale of app's {@code NationalScale} (the same SQL shape: 4,000
 * structures, the SIAE among them with a grant, a payment and yearly results; 57,231 participants with a pathway
 * each, a third exited in the year; one criterion each): p50 and p95 over 20 warm runs for the year 2021 and for
 * 2009–2021, next to the bare SQL of the full computation from the base tables ({@link PartnerFiguresRecount})
 * and next to the service's own statement run bare, in the same run. Goal: p95 ≤ 20 ms. Run alone:
 * {@code mvn -o verify -pl partners -am -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=PartnerIndicatorsBenchmark}.
 */
@Tag("benchmark")
@ApplicationModuleTest
@WithMockUser(roles = "VIEWER")
class PartnerIndicatorsBenchmark {

    static final int YEAR = 2021;
    static final int SINCE = 2009;
    static final int STRUCTURES = 4_000;
    static final int PARTICIPANTS = 57_231;
    static final int RUNS = 20;
    static final int WARM_UP = 5;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PartnerIndicators indicators;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void partnerIndicatorsAtNationalScale() {
        long started = System.nanoTime();
        write();
        System.out.printf(Locale.ROOT, "%nNational scale (partners) written in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        PartnerFiguresRecount recount = new PartnerFiguresRecount(jdbc);

        LocalDate from = LocalDate.of(YEAR, 1, 1);
        LocalDate to = LocalDate.of(YEAR, 12, 31);
        PartnerFigures year = indicators.between(from, to);
        assertThat(year).isEqualTo(readOnly.execute(status -> recount.between(from, to)));
        assertThat(year.structures()).isEqualTo(STRUCTURES);
        assertThat(year.participantsInPathways()).isEqualTo(PARTICIPANTS);
        System.out.println("Year " + YEAR + ": " + year);
        PartnerFigures all = indicators.between(LocalDate.of(SINCE, 1, 1), to);
        assertThat(all).isEqualTo(readOnly.execute(status -> recount.between(LocalDate.of(SINCE, 1, 1), to)));

        measure("year " + YEAR, from, to, readOnly, recount);
        measure("years " + SINCE + "–" + YEAR, LocalDate.of(SINCE, 1, 1), to, readOnly, recount);
    }

    private void measure(String label, LocalDate from, LocalDate to, TransactionTemplate readOnly,
                         PartnerFiguresRecount recount) {
        List<Long> service = times(() -> indicators.between(from, to));
        List<Long> statement = times(() -> PartnerIndicatorsService.statement(jdbc, from, to).query().listOfRows());
        List<Long> bare = times(() -> readOnly.execute(status -> recount.between(from, to)));
        System.out.printf(Locale.ROOT, "PartnerIndicators.between, %s: p50 %.1f ms, p95 %.1f ms; "
                        + "its one statement run bare p50 %.1f ms, p95 %.1f ms (ratio p95 %.2f); "
                        + "bare SQL of the full computation from the base tables p50 %.1f ms, p95 %.1f ms "
                        + "(ratio p95 %.2f)%n",
                label, percentile(service, 50), percentile(service, 95), percentile(statement, 50),
                percentile(statement, 95), percentile(service, 95) / percentile(statement, 95),
                percentile(bare, 50), percentile(bare, 95), percentile(service, 95) / percentile(bare, 95));
    }

    private static List<Long> times(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** The shape of app's {@code NationalScale.partners()}, written straight into the tables. */
    private void write() {
        jdbc.sql("""
                insert into partners.structure (id, name, kind, siret, search_key, registered_at, version)
                select md5('s' || i)::uuid, 'Structure ' || i,
                       (array['ACI', 'AI', 'EI', 'ETTI', 'EITI', 'GEIQ', 'EMPLOYER'])[1 + i % 7],
                       '8' || lpad(i::text, 13, '0'), 'structure ' || i, timestamptz '2015-01-01 09:00+01', 0
                from generate_series(1, :structures) i""").param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.grant_agreement (id, structure_id, year, purpose, amount, version)
                select md5('g' || i)::uuid, md5('s' || i)::uuid, :year, 'Fonctionnement', 20000 + i, 0
                from generate_series(1, :structures) i where i % 7 < 5""")
                .param("year", YEAR).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.grant_payment (grant_id, position, paid_on, amount)
                select md5('g' || i)::uuid, 0, make_date(:year, 3, 1), 10000
                from generate_series(1, :structures) i where i % 7 < 5""")
                .param("year", YEAR).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.yearly_objectives (id, structure_id, year, objective_hires, objective_hours,
                    objective_durable_exits, result_hours, version)
                select md5('o' || i)::uuid, md5('s' || i)::uuid, :year, 10, 15000, 3, 12000 + i % 5000, 0
                from generate_series(1, :structures) i where i % 7 < 5""")
                .param("year", YEAR).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on, version)
                select md5('p' || i)::uuid, 'P-' || :year || '-' || lpad(i::text, 6, '0'), 'Nom' || i, 'Prénom' || i,
                       date '1960-01-01' + (i * 37 % 16000), (array['FEMALE', 'MALE'])[1 + i % 2], 'Nanterre', '92050',
                       i % 3 = 0, i % 4 <> 0, 'PLIE', 'nom' || i || ' prenom' || i, make_date(:year - 1, 1, 1) + i % 700, 0
                from generate_series(1, :participants) i""")
                .param("year", YEAR).param("participants", PARTICIPANTS).update();
        jdbc.sql("""
                insert into partners.pathway (id, participant_id, entry_date, structure_id, exit_date, exit_outcome,
                    exit_category, version)
                select md5('w' || i)::uuid, md5('p' || i)::uuid, make_date(:year - 1, 1, 1) + i % 365,
                       md5('s' || (1 + i % :structures))::uuid,
                       case when i % 3 = 0 then make_date(:year, 1, 1) + i % 365 end,
                       case when i % 3 = 0 then (array['CDI', 'CDD_UNDER_6_MONTHS', 'QUALIFYING_TRAINING', 'OTHER'])[1 + i % 4] end,
                       case when i % 3 = 0 then (array['DURABLE_JOB', 'TRANSITION_JOB', 'POSITIVE_EXIT', 'OTHER'])[1 + i % 4] end,
                       0
                from generate_series(1, :participants) i""")
                .param("year", YEAR).param("participants", PARTICIPANTS).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.participant_criterion (id, participant_id, criterion_code, proof_date, valid_until,
                    recorded_by, recorded_at)
                select md5('r' || i)::uuid, md5('p' || i)::uuid,
                       (array['RSA', 'ASS', 'JOB_SEEKER_24_MONTHS', 'QPV_RESIDENT', 'RQTH', 'OVER_50'])[1 + i % 6],
                       make_date(:year - 1, 1, 1), make_date(:year - 1, 4, 1), 'generator', timestamptz '2020-01-01 09:00+01'
                from generate_series(1, :participants) i""")
                .param("year", YEAR).param("participants", PARTICIPANTS).update();
        jdbc.sql("analyze").update();
    }
}
