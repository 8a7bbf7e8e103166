package fr.nanterre.insertion.app.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small year, 2013 (with one placement in 2012 to compare with), written straight into each module's tables as a
 * test fixture, far from the demo data's years. Its worked numbers:
 * <ul>
 *     <li>12 people worked 1,607 h in 2013 = 1 ETP at 1,607 h; 803.5 h in 2012 by one person, so +100 %;</li>
 *     <li>by month: Jan 200, Feb 200, Mar 300, Apr 150, May 200, Jun 157, Sep to Dec 100 each = 1,607;</li>
 *     <li>by modality: direct hire 1,150, provision 457; by buyer: Ville de Nanterre 1,050, Paris La Défense 557;</li>
 *     <li>by sex: 7 women, 5 men; by age: 3 under 26, 6 from 26 to 49, 3 aged 50 or more; by residence: 5 QPV,
 *     6 elsewhere in Nanterre, 1 outside (so for a viewer: "&lt; 5" for the one, "s" for the 5);</li>
 *     <li>exits of placed people: 2 durable jobs, 1 transition job, 5 positive exits;</li>
 *     <li>three contracts with a social consideration notified in 2013, three companies; two clauses: Ville de
 *     Nanterre's 2,000 h target (1,050 h realised, on track at the year's end) and Paris La Défense's closed at
 *     557 h of 1,000 h, failed: (1,000 − 557) × 40 € = 17,720 € at stake;</li>
 *     <li>partners: two structures, one SIAE granted 50,000 € (30,000 € paid), which reported 12,000 h; six women
 *     aged 26 to 49 from a QPV in pathways, one of whom left for a durable job.</li>
 * </ul>
 * Every person is named "Témoin-…" with a reference "P-2013-9…" so that a test can check none shows.
 */
public final class DashboardTestData {

    public static final LocalDate FROM = LocalDate.of(2013, 1, 1);
    public static final LocalDate TO = LocalDate.of(2013, 12, 31);
    public static final String NAME = "Témoin";
    public static final String REFERENCE_PREFIX = "P-2013-9";

    public static final UUID CLAUSE_CITY = UUID.fromString("00000000-2013-0000-0000-00000000c001");
    public static final UUID CLAUSE_DEFENSE = UUID.fromString("00000000-2013-0000-0000-00000000c002");

    private final JdbcClient jdbc;
    private int people;

    public DashboardTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write() {
        procurement();
        facilitation();
        partners();
    }

    private void procurement() {
        UUID city = contract("TDB-2013-001", "Ville de Nanterre", LocalDate.of(2013, 1, 15), 24, null);
        lot(city, CLAUSE_CITY, "11111111111111", 2000, new BigDecimal("50"), null);
        clauseProgress(CLAUSE_CITY, new BigDecimal("1050"), 8);
        UUID defense = contract("TDB-2013-002", "Paris La Défense", LocalDate.of(2013, 2, 1), 10,
                LocalDate.of(2013, 12, 1));
        lot(defense, CLAUSE_DEFENSE, "22222222222222", 1000, new BigDecimal("40"), null);
        clauseProgress(CLAUSE_DEFENSE, new BigDecimal("557"), 4);
        UUID criterionOnly = contract("TDB-2013-003", "Ville de Nanterre", LocalDate.of(2013, 6, 1), 12, null);
        lot(criterionOnly, null, "33333333333333", 0, null, new BigDecimal("10"));
        // not notified yet: no count
        contract("TDB-2013-004", "Ville de Nanterre", null, 12, null);
    }

    private void facilitation() {
        followedClause(CLAUSE_CITY, "TDB-2013-001", "Ville de Nanterre", LocalDate.of(2013, 1, 15), 24, 2000);
        followedClause(CLAUSE_DEFENSE, "TDB-2013-002", "Paris La Défense", LocalDate.of(2013, 2, 1), 10, 1000);
        // sex, age band, residence, modality, clause, month, hours, criterion, exit
        placed("FEMALE", "UNDER_26", "NANTERRE_QPV", "DIRECT_HIRE", CLAUSE_CITY, 1, "200", "RSA", "DURABLE_JOB");
        placed("FEMALE", "UNDER_26", "NANTERRE_QPV", "DIRECT_HIRE", CLAUSE_CITY, 2, "200", "RSA", "DURABLE_JOB");
        placed("FEMALE", "UNDER_26", "NANTERRE", "DIRECT_HIRE", CLAUSE_CITY, 3, "150", "RSA", "TRANSITION_JOB");
        placed("FEMALE", "FROM_26_TO_49", "NANTERRE", "DIRECT_HIRE", CLAUSE_CITY, 3, "150", "RSA", "POSITIVE_EXIT");
        placed("FEMALE", "FROM_26_TO_49", "NANTERRE", "DIRECT_HIRE", CLAUSE_CITY, 4, "150", "RSA", "POSITIVE_EXIT");
        placed("FEMALE", "FROM_26_TO_49", "NANTERRE_QPV", "PROVISION", CLAUSE_CITY, 5, "100", "RSA", "POSITIVE_EXIT");
        placed("FEMALE", "FROM_26_TO_49", "NANTERRE_QPV", "PROVISION", CLAUSE_CITY, 5, "100", "RQTH", "POSITIVE_EXIT");
        placed("MALE", "FROM_26_TO_49", "NANTERRE", "PROVISION", CLAUSE_DEFENSE, 6, "157", null, "POSITIVE_EXIT");
        placed("MALE", "FROM_26_TO_49", "NANTERRE", "PROVISION", CLAUSE_DEFENSE, 9, "100", null, null);
        placed("MALE", "FROM_50", "NANTERRE_QPV", "DIRECT_HIRE", CLAUSE_DEFENSE, 10, "100", null, null);
        placed("MALE", "FROM_50", "ELSEWHERE", "DIRECT_HIRE", CLAUSE_DEFENSE, 11, "100", null, null);
        placed("MALE", "FROM_50", "NANTERRE", "DIRECT_HIRE", CLAUSE_DEFENSE, 12, "100", null, null);
        // a year earlier
        UUID before = placement(LocalDate.of(2012, 3, 1), "FEMALE", "FROM_26_TO_49", "NANTERRE", "DIRECT_HIRE",
                CLAUSE_CITY);
        hours(before, LocalDate.of(2012, 3, 1), "803.5");
    }

    private void placed(String sex, String ageBand, String residence, String modality, UUID clause, int month,
                        String worked, String criterion, String exit) {
        LocalDate start = LocalDate.of(2013, month, 1);
        UUID placement = placement(start, sex, ageBand, residence, modality, clause);
        hours(placement, start, worked);
        if (criterion != null) {
            jdbc.sql("""
                            insert into facilitation.placement_criterion (placement_id, position, code, level, proof_date,
                                                                          valid_until)
                            values (?, 0, ?, ?, ?, ?)""")
                    .params(placement, criterion, criterion.equals("RSA") ? 1 : 2, start, start.plusMonths(3)).update();
        }
        if (exit != null) {
            UUID participant = jdbc.sql("select participant_id from facilitation.placement where id = ?")
                    .param(placement).query(UUID.class).single();
            jdbc.sql("""
                            insert into facilitation.participant_exit (pathway_id, participant_id, exit_date,
                                                                       outcome_category)
                            values (?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), participant, start.plusMonths(1).withDayOfMonth(15), exit).update();
        }
    }

    private UUID placement(LocalDate start, String sex, String ageBand, String residence, String modality,
                           UUID clause) {
        UUID id = UUID.randomUUID();
        people++;
        jdbc.sql("""
                        insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                            employer_name, modality, start_date, end_date, eligible_at_start, validated_by, validated_at,
                            version, start_residence, start_sex, start_age_band)
                        values (?, ?, ?, '11111111111111', 'Entreprise témoin', ?, ?, ?, true, 'test', ?, 0, ?, ?, ?)""")
                .params(id, UUID.randomUUID(), REFERENCE_PREFIX + String.format("%05d", people), modality, start,
                        start.plusMonths(1).minusDays(1), OffsetDateTime.of(start.atStartOfDay(), ZoneOffset.UTC),
                        residence, sex, ageBand)
                .update();
        jdbc.sql("insert into facilitation.placement_share (placement_id, position, clause_id, percent) values (?, 0, ?, 100)")
                .params(id, clause).update();
        return id;
    }

    private void hours(UUID placement, LocalDate month, String hours) {
        jdbc.sql("insert into facilitation.hours_entry (placement_id, month, hours, entered_by) values (?, ?, ?, 'test')")
                .params(placement, month, new BigDecimal(hours)).update();
    }

    private void followedClause(UUID clause, String reference, String buyer, LocalDate notified, int months,
                                int target) {
        jdbc.sql("""
                        insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                            lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                        values (?, ?, ?, ?, 1, 'Lot témoin', '11111111111111', ?, ?, ?)""")
                .params(clause, UUID.randomUUID(), reference, buyer, target, notified, months).update();
    }

    private UUID contract(String reference, String buyer, LocalDate notified, int months, LocalDate closed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into procurement.contract (id, reference, object, buyer, procedure, ccag, amount_excl_tax,
                            duration_months, planned_notification, notified_on, closed_on, status, search_key, version)
                        values (?, ?, 'Travaux témoins', ?, 'ADAPTED', 'WORKS', 1000000, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, reference, buyer, months, notified == null ? LocalDate.of(2014, 1, 1) : null, notified,
                        closed, closed != null ? "CLOSED" : notified != null ? "AWARDED" : "PLANNED",
                        reference.toLowerCase())
                .update();
        return id;
    }

    private void lot(UUID contract, UUID clause, String siret, int target, BigDecimal penalty,
                     BigDecimal criterionWeight) {
        jdbc.sql("""
                        insert into procurement.lot (contract_id, position, id, number, title, amount_excl_tax,
                            awardee_siret, awardee_name, reservation, insertion_contract, clause_id, clause_method,
                            clause_fixed_hours, clause_target_hours, clause_penalty_per_hour, criterion_weight_percent)
                        values (?, 0, ?, 1, 'Lot témoin', 1000000, ?, 'Titulaire témoin', 'NONE', false, ?, ?, ?, ?, ?, ?)""")
                .params(contract, UUID.randomUUID(), siret, clause, clause == null ? null : "FIXED_HOURS",
                        clause == null ? null : target, clause == null ? null : target, penalty, criterionWeight)
                .update();
    }

    private void clauseProgress(UUID clause, BigDecimal realised, int workers) {
        jdbc.sql("insert into procurement.clause_progress (clause_id, counted_at, realised_hours, people) values (?, ?, ?, ?)")
                .params(clause, OffsetDateTime.of(2013, 12, 31, 12, 0, 0, 0, ZoneOffset.UTC), realised, workers)
                .update();
    }

    private void partners() {
        UUID siae = structure("ACI témoin", "ACI", "44444444444444");
        structure("Employeur témoin", "EMPLOYER", "55555555555555");
        UUID grant = UUID.randomUUID();
        jdbc.sql("""
                        insert into partners.grant_agreement (id, structure_id, year, purpose, amount, version)
                        values (?, ?, 2013, 'Fonctionnement', 50000, 0)""").params(grant, siae).update();
        jdbc.sql("insert into partners.grant_payment (grant_id, position, paid_on, amount) values (?, 0, ?, 30000)")
                .params(grant, LocalDate.of(2013, 3, 1)).update();
        jdbc.sql("""
                        insert into partners.yearly_objectives (id, structure_id, year, objective_hires, objective_hours,
                            objective_durable_exits, result_hours, version)
                        values (?, ?, 2013, 10, 15000, 3, 12000, 0)""").params(UUID.randomUUID(), siae).update();
        for (int i = 1; i <= 6; i++) {
            UUID participant = UUID.randomUUID();
            jdbc.sql("""
                            insert into partners.participant (id, reference, last_name, first_name, birth_date, sex,
                                commune, insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key,
                                enrolled_on, version)
                            values (?, ?, ?, 'Alice', ?, 'FEMALE', 'Nanterre', '92050', true, true, 'PLIE', ?, ?, 0)""")
                    .params(participant, REFERENCE_PREFIX + "9999" + i, NAME + "-" + i, LocalDate.of(1980, 5, i),
                            "temoin-" + i + " alice", LocalDate.of(2013, 1, 2))
                    .update();
            boolean exits = i == 1;
            jdbc.sql("""
                            insert into partners.pathway (id, participant_id, entry_date, structure_id, exit_date,
                                exit_outcome, exit_category, version)
                            values (?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(UUID.randomUUID(), participant, LocalDate.of(2013, 1, 2), siae,
                            exits ? LocalDate.of(2013, 9, 30) : null, exits ? "CDI" : null,
                            exits ? "DURABLE_JOB" : null)
                    .update();
            jdbc.sql("""
                            insert into partners.participant_criterion (id, participant_id, criterion_code, proof_date,
                                valid_until, recorded_by, recorded_at)
                            values (?, ?, 'QPV_RESIDENT', ?, ?, 'test', ?)""")
                    .params(UUID.randomUUID(), participant, LocalDate.of(2013, 1, 2), LocalDate.of(2013, 4, 2),
                            OffsetDateTime.of(2013, 1, 2, 9, 0, 0, 0, ZoneOffset.UTC))
                    .update();
        }
    }

    private UUID structure(String name, String kind, String siret) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into partners.structure (id, name, kind, siret, search_key, registered_at, version)
                        values (?, ?, ?, ?, ?, ?, 0)""")
                .params(id, name, kind, siret, name.toLowerCase(),
                        OffsetDateTime.of(2013, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return id;
    }
}
