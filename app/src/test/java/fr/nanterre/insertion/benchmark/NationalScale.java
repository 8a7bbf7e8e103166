package fr.nanterre.insertion.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One year of the insertion policy at the national network's 2021 consolidation's sizes, written straight into each
 * module's tables with set-based SQL ({@code generate_series}), as a test fixture for the benchmarks: 58,454
 * contracts with an execution clause, 57,231 participants (each in a pathway; a third of them exited in the year),
 * 75,194 contracts of employment (placements, each shared to one clause) and about 25 M hours counted in the year,
 * each placement working one to six months. Also 4,000 structures, the SIAE among them granted a City grant.
 *
 * <p>Ids are derived from the row numbers ({@code md5}), so two runs write the same rows; call {@link #write()}
 * on an empty database (an ephemeral embedded PostgreSQL), or on one it already filled: the benchmarks of one JVM
 * share the ephemeral server, so the second benchmark that asks for the year finds it there and writes nothing.
 * Usable by any benchmark of app: {@code new NationalScale(jdbc, 2021).write()}.
 */
public final class NationalScale {

    public static final int CONTRACTS = 58_454;
    public static final int PARTICIPANTS = 57_231;
    public static final int PLACEMENTS = 75_194;
    public static final int STRUCTURES = 4_000;
    public static final int BUYERS = 400;

    private final JdbcClient jdbc;
    private final int year;

    public NationalScale(JdbcClient jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
    }

    /** Writes the year (unless this database has it already) and returns what took how long, for the log. */
    public String write() {
        if (jdbc.sql("select count(*) from procurement.contract where reference = 'NAT-1'").query(Long.class)
                .single() > 0) {
            return "National scale " + year + " already written in this database: " + hours() + " h counted";
        }
        Instant start = Instant.now();
        partners();
        procurement();
        facilitation();
        jdbc.sql("analyze").update();
        return "National scale " + year + " written in " + Duration.between(start, Instant.now()).toSeconds()
                + " s: " + hours() + " h counted";
    }

    /** The hours counted in the year (about 25 M). */
    public BigDecimal hours() {
        return jdbc.sql("select sum(hours) from facilitation.hours_entry where month between ? and ?")
                .params(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 1))
                .query(BigDecimal.class).single();
    }

    private void partners() {
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
                .param("year", year).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.grant_payment (grant_id, position, paid_on, amount)
                select md5('g' || i)::uuid, 0, make_date(:year, 3, 1), 10000
                from generate_series(1, :structures) i where i % 7 < 5""")
                .param("year", year).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.yearly_objectives (id, structure_id, year, objective_hires, objective_hours,
                    objective_durable_exits, result_hours, version)
                select md5('o' || i)::uuid, md5('s' || i)::uuid, :year, 10, 15000, 3, 12000 + i % 5000, 0
                from generate_series(1, :structures) i where i % 7 < 5""")
                .param("year", year).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on, version)
                select md5('p' || i)::uuid, 'P-' || :year || '-' || lpad(i::text, 6, '0'), 'Nom' || i, 'Prénom' || i,
                       date '1960-01-01' + (i * 37 % 16000), (array['FEMALE', 'MALE'])[1 + i % 2], 'Nanterre', '92050',
                       i % 3 = 0, i % 4 <> 0, 'PLIE', 'nom' || i || ' prenom' || i, make_date(:year - 1, 1, 1) + i % 700, 0
                from generate_series(1, :participants) i""")
                .param("year", year).param("participants", PARTICIPANTS).update();
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
                .param("year", year).param("participants", PARTICIPANTS).param("structures", STRUCTURES).update();
        jdbc.sql("""
                insert into partners.participant_criterion (id, participant_id, criterion_code, proof_date, valid_until,
                    recorded_by, recorded_at)
                select md5('r' || i)::uuid, md5('p' || i)::uuid,
                       (array['RSA', 'ASS', 'JOB_SEEKER_24_MONTHS', 'QPV_RESIDENT', 'RQTH', 'OVER_50'])[1 + i % 6],
                       make_date(:year - 1, 1, 1), make_date(:year - 1, 4, 1), 'generator', timestamptz '2020-01-01 09:00+01'
                from generate_series(1, :participants) i""")
                .param("year", year).param("participants", PARTICIPANTS).update();
    }

    private void procurement() {
        jdbc.sql("""
                insert into procurement.contract (id, reference, object, buyer, procedure, ccag, amount_excl_tax,
                    duration_months, notified_on, status, search_key, version)
                select md5('c' || i)::uuid, 'NAT-' || i, 'Marché ' || i, 'Acheteur ' || (i % :buyers), 'ADAPTED',
                       'WORKS', 100000, 24, make_date(:year, 1, 1) + i % 365, 'AWARDED', 'nat-' || i || ' marche', 0
                from generate_series(1, :contracts) i""")
                .param("year", year).param("contracts", CONTRACTS).param("buyers", BUYERS).update();
        jdbc.sql("""
                insert into procurement.lot (contract_id, position, id, number, title, amount_excl_tax, awardee_siret,
                    awardee_name, reservation, insertion_contract, clause_id, clause_method, clause_fixed_hours,
                    clause_target_hours, clause_penalty_per_hour)
                select md5('c' || i)::uuid, 0, md5('l' || i)::uuid, 1, 'Lot ' || i, 100000,
                       '7' || lpad((i % 9000)::text, 13, '0'), 'Titulaire ' || (i % 9000), 'NONE', false,
                       md5('k' || i)::uuid, 'FIXED_HOURS', 500, 500, 20
                from generate_series(1, :contracts) i""").param("contracts", CONTRACTS).update();
        jdbc.sql("""
                insert into procurement.clause_progress (clause_id, counted_at, realised_hours, people)
                select md5('k' || i)::uuid, make_date(:year, 12, 31)::timestamptz, i % 700, 1 + i % 3
                from generate_series(1, :contracts) i""").param("year", year).param("contracts", CONTRACTS).update();
    }

    private void facilitation() {
        jdbc.sql("""
                insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer, lot_number,
                    lot_title, awardee_siret, target_hours, notified_on, duration_months)
                select md5('k' || i)::uuid, md5('c' || i)::uuid, 'NAT-' || i, 'Acheteur ' || (i % :buyers), 1,
                       'Lot ' || i, '7' || lpad((i % 9000)::text, 13, '0'), 500, make_date(:year, 1, 1) + i % 365, 24
                from generate_series(1, :contracts) i""")
                .param("year", year).param("contracts", CONTRACTS).param("buyers", BUYERS).update();
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, start_date, end_date, eligible_at_start, validated_by, validated_at, version,
                    start_residence, start_sex, start_age_band)
                select md5('m' || j)::uuid, md5('p' || (1 + j % :participants))::uuid,
                       'P-' || :year || '-' || lpad((1 + j % :participants)::text, 6, '0'),
                       '7' || lpad((j % 9000)::text, 13, '0'), 'Employeur ' || (j % 9000),
                       (array['DIRECT_HIRE', 'PROVISION', 'SIAE_SUBCONTRACTING', 'SIAE_OWN_WORKFORCE'])[1 + j % 4],
                       make_date(:year, 1 + j % 7, 1), make_date(:year, 1 + j % 7, 1) + interval '6 months' - interval '1 day',
                       true, 'generator', timestamptz '2021-01-01 09:00+01', 0,
                       (array['NANTERRE_QPV', 'NANTERRE', 'ELSEWHERE'])[1 + j % 3], (array['FEMALE', 'MALE'])[1 + j % 2],
                       (array['UNDER_26', 'FROM_26_TO_49', 'FROM_50'])[1 + j % 3]
                from generate_series(1, :placements) j""")
                .param("year", year).param("participants", PARTICIPANTS).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                select md5('m' || j)::uuid, 0, md5('k' || (1 + j % :contracts))::uuid, 100
                from generate_series(1, :placements) j""")
                .param("contracts", CONTRACTS).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.placement_criterion (placement_id, position, code, level, proof_date, valid_until)
                select md5('m' || j)::uuid, 0, (array['RSA', 'ASS', 'JOB_SEEKER_24_MONTHS', 'QPV_RESIDENT', 'RQTH'])[1 + j % 5],
                       case when j % 5 < 3 then 1 else 2 end, make_date(:year, 1, 1), make_date(:year, 4, 1)
                from generate_series(1, :placements) j""")
                .param("year", year).param("placements", PLACEMENTS).update();
        // one to six months from the placement's start; 95 h a month on average: about 25 M h in the year
        jdbc.sql("""
                insert into facilitation.hours_entry (placement_id, month, hours, entered_by)
                select md5('m' || j)::uuid, make_date(:year, 1 + j % 7, 1) + make_interval(months => m),
                       60 + (j * 7 + m * 13) % 71, 'generator'
                from generate_series(1, :placements) j, generate_series(0, 5) m
                where m <= j % 6""")
                .param("year", year).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.participant_exit (pathway_id, participant_id, exit_date, outcome_category)
                select md5('w' || i)::uuid, md5('p' || i)::uuid, make_date(:year, 1, 1) + i % 365,
                       (array['DURABLE_JOB', 'TRANSITION_JOB', 'POSITIVE_EXIT', 'OTHER'])[1 + i % 4]
                from generate_series(1, :participants) i where i % 3 = 0""")
                .param("year", year).param("participants", PARTICIPANTS).update();
    }
}
