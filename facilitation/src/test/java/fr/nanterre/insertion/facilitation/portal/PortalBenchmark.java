package fr.nanterre.insertion.facilitation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal's scale target (measured, not asserted): 5,000 company accounts, one SIRET and one clause each, 20,000
 * placements (four per company); half the companies sent last month's hours. A company's home (its clauses with
 * their progress and penalty, the first page of its people with their names, its statements) for 50 companies,
 * against the same reads as raw SQL in the same run; and the reminder run over all companies, e-mails to a real
 * SMTP server (GreenMail) included, against the raw query that finds the missing statements. Run with {@code mvn
 * verify -pl facilitation -am -Dgroups=benchmark -DexcludedGroups= -Dtest=PortalBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "insertion.portal.reminder-day=1"})
class PortalBenchmark {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final int COMPANIES = 5_000;
    private static final int PLACEMENTS_EACH = 4;
    private static final int HOMES = 50;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompanyPortal portal;
    @Autowired
    StatementReminders reminders;
    @Autowired
    CurrentUser user;

    private static String siret(int i) {
        return "7" + String.format("%013d", i);
    }

    @Test
    void fiveThousandCompaniesAndTwentyThousandPlacements() {
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        long started = System.nanoTime();
        // test data only, as the modules store it
        jdbc.sql("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on,
                    version)
                select md5('bq' || i)::uuid, 'P-2023-' || lpad(i::text, 6, '0'), 'Nom ' || i, 'Prénom',
                    date '1980-01-01' + (i % 9000), 'FEMALE', 'Nanterre', '92050', true, true, 'PLIE',
                    'nom ' || i || ' prenom', date '2024-01-01', 0
                from generate_series(1, ?) i""").param(COMPANIES * PLACEMENTS_EACH).update();
        jdbc.sql("""
                insert into facilitation.company_account (id, username, name, language, password_hash, active,
                    created_by, created_at, version)
                select md5('ba' || i)::uuid, 'paie' || i || '@bench.fr', 'Entreprise ' || i, 'fr', null, true,
                    'bench', now(), 0
                from generate_series(1, ?) i""").param(COMPANIES).update();
        jdbc.sql("""
                insert into facilitation.company_account_siret (company_account, siret)
                select md5('ba' || i)::uuid, '7' || lpad(i::text, 13, '0') from generate_series(1, ?) i""")
                .param(COMPANIES).update();
        jdbc.sql("""
                insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                    lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                select md5('bc' || i)::uuid, md5('bk' || i)::uuid, 'B-' || i, 'Ville de Nanterre', 1, 'Lot',
                    '7' || lpad(i::text, 13, '0'), 833, ?, 24
                from generate_series(1, ?) i""").params(lastMonth.minusMonths(6).atDay(1), COMPANIES).update();
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, contract_type, start_date, eligible_at_start, validated_by,
                    validated_at, version)
                select md5('bp' || i)::uuid, md5('bq' || i)::uuid, 'P-2023-' || lpad(i::text, 6, '0'),
                    '7' || lpad((1 + (i - 1) / ?)::text, 13, '0'), 'Entreprise ' || (1 + (i - 1) / ?), 'DIRECT_HIRE',
                    'CDD', ?, true, 'bench', now(), 0
                from generate_series(1, ?) i""")
                .params(PLACEMENTS_EACH, PLACEMENTS_EACH, lastMonth.minusMonths(3).atDay(1),
                        COMPANIES * PLACEMENTS_EACH).update();
        jdbc.sql("""
                insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                select md5('bp' || i)::uuid, 0, md5('bc' || (1 + (i - 1) / ?))::uuid, 100
                from generate_series(1, ?) i""").params(PLACEMENTS_EACH, COMPANIES * PLACEMENTS_EACH).update();
        // the even companies entered last month's hours (by hand: they count at once)
        jdbc.sql("""
                insert into facilitation.hours_entry (placement_id, month, hours, entered_by)
                select md5('bp' || i)::uuid, ?, 120, 'bench' from generate_series(1, ?) i
                where ((1 + (i - 1) / ?) % 2) = 0""")
                .params(lastMonth.atDay(1), COMPANIES * PLACEMENTS_EACH, PLACEMENTS_EACH).update();
        jdbc.sql("""
                insert into facilitation.clause_total (clause_id, people)
                select md5('bc' || i)::uuid, 4 from generate_series(2, ?, 2) i""").param(COMPANIES).update();
        jdbc.sql("""
                insert into facilitation.clause_total_modality (clause_id, modality, hours)
                select md5('bc' || i)::uuid, 'DIRECT_HIRE', 480 from generate_series(2, ?, 2) i""")
                .param(COMPANIES).update();
        jdbc.sql("analyze").update();
        System.out.printf("generated %d accounts, %d placements in %d ms%n", COMPANIES, COMPANIES * PLACEMENTS_EACH,
                (System.nanoTime() - started) / 1_000_000);

        // warm-up, then a company's home for 50 companies spread over the range
        home(1);
        long homeNanos = 0;
        long worst = 0;
        for (int k = 0; k < HOMES; k++) {
            int company = 1 + k * (COMPANIES / HOMES);
            long t = System.nanoTime();
            home(company);
            long took = System.nanoTime() - t;
            homeNanos += took;
            worst = Math.max(worst, took);
        }
        rawHome(1);
        long rawNanos = 0;
        for (int k = 0; k < HOMES; k++) {
            long t = System.nanoTime();
            rawHome(1 + k * (COMPANIES / HOMES));
            rawNanos += System.nanoTime() - t;
        }
        double homeMs = homeNanos / 1e6 / HOMES;
        double rawMs = rawNanos / 1e6 / HOMES;
        System.out.printf("a company's home (clauses, first 50 people with names, statements): mean %.1f ms, "
                + "worst %.1f ms over %d companies; the same reads as raw SQL %.1f ms; ratio %.1f%n",
                homeMs, worst / 1e6, HOMES, rawMs, homeMs / rawMs);

        long t = System.nanoTime();
        List<StatementReminders.MissingStatement> missing = reminders.missing(lastMonth);
        long rawMissing = System.nanoTime() - t;
        assertThat(missing).hasSizeGreaterThanOrEqualTo(COMPANIES / 2);
        t = System.nanoTime();
        int reminded = reminders.sendDue();
        long run = System.nanoTime() - t;
        assertThat(reminded).isGreaterThanOrEqualTo(COMPANIES / 2);
        System.out.printf("reminder run over %d companies: %d reminded (one e-mail each to GreenMail) in %d ms; "
                        + "the query finding the missing statements alone %d ms; ratio %.1f%n", COMPANIES, reminded,
                run / 1_000_000, rawMissing / 1_000_000, (double) run / Math.max(1, rawMissing));
        t = System.nanoTime();
        int again = reminders.sendDue();
        System.out.printf("second run the same day: %d reminded in %d ms%n", again, (System.nanoTime() - t) / 1_000_000);
        assertThat(again).isZero();
    }

    private void home(int company) {
        user.runAs("paie" + company + "@bench.fr", () -> {
            assertThat(portal.clauses()).hasSize(1);
            assertThat(portal.placements(Pageable.ofSize(50))).hasSize(PLACEMENTS_EACH);
            portal.countPlacements();
            portal.statements(Pageable.ofSize(50));
            portal.countStatements();
        }, Roles.COMPANY);
    }

    /** The same reads, straight SQL: the account's SIRETs, its clauses with totals, its people with names. */
    private void rawHome(int company) {
        List<String> sirets = jdbc.sql("""
                        select s.siret from facilitation.company_account a
                        join facilitation.company_account_siret s on s.company_account = a.id
                        where a.username = ? and a.active""").param("paie" + company + "@bench.fr")
                .query(String.class).list();
        jdbc.sql("""
                        select c.*, m.hours from facilitation.followed_clause c
                        left join facilitation.clause_total_modality m on m.clause_id = c.clause_id
                        where c.awardee_siret = any(cast(? as varchar[]))""")
                .param(sirets.toArray(String[]::new)).query().listOfRows();
        jdbc.sql("""
                        select p.id, p.participant_reference, q.last_name, q.first_name from facilitation.placement p
                        join partners.participant q on q.id = p.participant_id
                        where p.employer_siret = any(cast(? as char(14)[])) order by p.start_date desc limit 50""")
                .param(sirets.toArray(String[]::new)).query().listOfRows();
        jdbc.sql("select count(*) from facilitation.placement where employer_siret = any(cast(? as char(14)[]))")
                .param(sirets.toArray(String[]::new)).query(Long.class).single();
        jdbc.sql("select * from facilitation.statement where employer_siret = any(cast(? as char(14)[])) limit 50")
                .param(sirets.toArray(String[]::new)).query().listOfRows();
    }
}
