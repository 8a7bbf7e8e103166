package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * New contracts written in a few statements whatever their number (issue 14: a DECP file of 20,000 contracts): one
 * {@code insert … select from unnest(…)} per table (contracts, lots, awardees, modifications), the columns Spring Data
 * JDBC writes for the aggregate, in the caller's transaction. The aggregates' events are the caller's to publish.
 */
@Component
class ContractBatch {

    private final JdbcClient jdbc;

    ContractBatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Contract> contracts) {
        if (contracts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into procurement.contract (id, reference, object, buyer, buyer_id, procedure, cpv_code,
                            ccag, amount_excl_tax, duration_months, planned_notification, notified_on, closed_on, status,
                            search_key, awardee_to_check, decp_fingerprint, decp_published_on, version)
                        select id, reference, object, buyer, buyer_id, procedure, cpv_code, ccag, amount, months,
                               planned, notified, closed, status, search_key, to_check, fingerprint, published, 0
                        from unnest(cast(:ids as uuid[]), cast(:references as varchar[]), cast(:objects as varchar[]),
                                    cast(:buyers as varchar[]), cast(:buyerIds as varchar[]),
                                    cast(:procedures as varchar[]), cast(:cpvCodes as varchar[]),
                                    cast(:ccags as varchar[]), cast(:amounts as numeric[]), cast(:months as int[]),
                                    cast(:planned as date[]), cast(:notified as date[]), cast(:closed as date[]),
                                    cast(:statuses as varchar[]), cast(:searchKeys as varchar[]),
                                    cast(:toCheck as boolean[]), cast(:fingerprints as varchar[]),
                                    cast(:published as date[]))
                            as c (id, reference, object, buyer, buyer_id, procedure, cpv_code, ccag, amount, months,
                                  planned, notified, closed, status, search_key, to_check, fingerprint, published)""")
                .param("ids", column(contracts, Contract::id, UUID[]::new))
                .param("references", strings(contracts, Contract::reference))
                .param("objects", strings(contracts, Contract::object))
                .param("buyers", strings(contracts, Contract::buyer))
                .param("buyerIds", strings(contracts, c -> c.details().buyerId()))
                .param("procedures", strings(contracts, c -> c.details().procedure().name()))
                .param("cpvCodes", strings(contracts, c -> c.details().cpvCode()))
                .param("ccags", strings(contracts, c -> c.details().ccag().name()))
                .param("amounts", strings(contracts, c -> plain(c.amountExclTax())))
                .param("months", column(contracts, Contract::durationMonths, Integer[]::new))
                .param("planned", strings(contracts, c -> text(c.plannedNotification())))
                .param("notified", strings(contracts, c -> text(c.notifiedOn())))
                .param("closed", strings(contracts, c -> text(c.closedOn())))
                .param("statuses", strings(contracts, c -> c.status().name()))
                .param("searchKeys", strings(contracts, Contract::searchKey))
                .param("toCheck", column(contracts, Contract::awardeeToCheck, Boolean[]::new))
                .param("fingerprints", strings(contracts, Contract::decpFingerprint))
                .param("published", strings(contracts, c -> text(c.decpPublishedOn())))
                .update();

        List<Positioned<Lot>> lots = children(contracts, Contract::lots);
        if (!lots.isEmpty()) {
            jdbc.sql("""
                            insert into procurement.lot (contract_id, position, id, number, title, amount_excl_tax,
                                awardee_siret, awardee_name, awardee_structure_id, reservation, insertion_contract,
                                clause_id, clause_method, clause_amount_excl_tax, clause_labour_share_percent,
                                clause_hourly_cost, clause_rate_percent, clause_fixed_hours,
                                clause_estimated_total_hours, clause_target_hours, clause_penalty_per_hour,
                                clause_trade_code, criterion_weight_percent, criterion_commitment, clause_announced,
                                criterion_announced)
                            select * from unnest(cast(:contracts as uuid[]), cast(:positions as int[]),
                                cast(:ids as uuid[]), cast(:numbers as int[]), cast(:titles as varchar[]),
                                cast(:amounts as numeric[]), cast(:sirets as varchar[]), cast(:names as varchar[]),
                                cast(:structures as uuid[]), cast(:reservations as varchar[]),
                                cast(:insertion as boolean[]), cast(:clauses as uuid[]), cast(:methods as varchar[]),
                                cast(:clauseAmounts as numeric[]), cast(:labourShares as numeric[]),
                                cast(:hourlyCosts as numeric[]), cast(:rates as numeric[]), cast(:fixed as int[]),
                                cast(:estimated as int[]), cast(:targets as int[]), cast(:penalties as numeric[]),
                                cast(:trades as varchar[]), cast(:weights as numeric[]),
                                cast(:commitments as varchar[]), cast(:clauseAnnounced as boolean[]),
                                cast(:criterionAnnounced as boolean[]))""")
                    .param("contracts", column(lots, Positioned::contractId, UUID[]::new))
                    .param("positions", column(lots, Positioned::position, Integer[]::new))
                    .param("ids", column(lots, l -> l.row().id(), UUID[]::new))
                    .param("numbers", column(lots, l -> l.row().number(), Integer[]::new))
                    .param("titles", strings(lots, l -> l.row().title()))
                    .param("amounts", strings(lots, l -> plain(l.row().amountExclTax())))
                    .param("sirets", strings(lots, l -> l.row().awardeeSiret()))
                    .param("names", strings(lots, l -> l.row().awardeeName()))
                    .param("structures", column(lots, l -> l.row().awardeeStructureId(), UUID[]::new))
                    .param("reservations", strings(lots, l -> l.row().reservation().name()))
                    .param("insertion", column(lots, l -> l.row().insertionContract(), Boolean[]::new))
                    .param("clauses", column(lots, l -> clause(l) == null ? null : clause(l).id(), UUID[]::new))
                    .param("methods", strings(lots, l -> clause(l) == null ? null : clause(l).method().name()))
                    .param("clauseAmounts", strings(lots, l -> clause(l) == null ? null : plain(clause(l).amountExclTax())))
                    .param("labourShares", strings(lots, l -> clause(l) == null ? null
                            : plain(clause(l).labourSharePercent())))
                    .param("hourlyCosts", strings(lots, l -> clause(l) == null ? null : plain(clause(l).hourlyCost())))
                    .param("rates", strings(lots, l -> clause(l) == null ? null : plain(clause(l).ratePercent())))
                    .param("fixed", column(lots, l -> clause(l) == null ? null : clause(l).fixedHours(), Integer[]::new))
                    .param("estimated", column(lots, l -> clause(l) == null ? null : clause(l).estimatedTotalHours(),
                            Integer[]::new))
                    .param("targets", column(lots, l -> clause(l) == null ? null : clause(l).targetHours(),
                            Integer[]::new))
                    .param("penalties", strings(lots, l -> clause(l) == null ? null
                            : plain(clause(l).penaltyPerHour())))
                    .param("trades", strings(lots, l -> clause(l) == null ? null : clause(l).tradeCode()))
                    .param("weights", strings(lots, l -> l.row().criterion() == null ? null
                            : plain(l.row().criterion().weightPercent())))
                    .param("commitments", strings(lots, l -> l.row().criterion() == null ? null
                            : l.row().criterion().commitment()))
                    .param("clauseAnnounced", column(lots, l -> l.row().clauseAnnounced(), Boolean[]::new))
                    .param("criterionAnnounced", column(lots, l -> l.row().criterionAnnounced(), Boolean[]::new))
                    .update();
        }

        List<Positioned<ContractAwardee>> awardees = children(contracts, Contract::awardees);
        if (!awardees.isEmpty()) {
            jdbc.sql("""
                            insert into procurement.contract_awardee (contract_id, position, lot_number, role, id_type,
                                identifier, name, structure_id, amount_excl_tax, to_check)
                            select * from unnest(cast(:contracts as uuid[]), cast(:positions as int[]),
                                cast(:lots as int[]), cast(:roles as varchar[]), cast(:idTypes as varchar[]),
                                cast(:identifiers as varchar[]), cast(:names as varchar[]),
                                cast(:structures as uuid[]), cast(:amounts as numeric[]), cast(:toCheck as varchar[]))""")
                    .param("contracts", column(awardees, Positioned::contractId, UUID[]::new))
                    .param("positions", column(awardees, Positioned::position, Integer[]::new))
                    .param("lots", column(awardees, a -> a.row().lotNumber(), Integer[]::new))
                    .param("roles", strings(awardees, a -> a.row().role().name()))
                    .param("idTypes", strings(awardees, a -> a.row().idType()))
                    .param("identifiers", strings(awardees, a -> a.row().identifier()))
                    .param("names", strings(awardees, a -> a.row().name()))
                    .param("structures", column(awardees, a -> a.row().structureId(), UUID[]::new))
                    .param("amounts", strings(awardees, a -> plain(a.row().amountExclTax())))
                    .param("toCheck", strings(awardees, a -> a.row().toCheck()))
                    .update();
        }

        List<Positioned<ContractModification>> modifications = children(contracts, Contract::modifications);
        if (!modifications.isEmpty()) {
            jdbc.sql("""
                            insert into procurement.contract_modification (contract_id, position, decp_id, notified_on,
                                published_on, amount_excl_tax, duration_months)
                            select * from unnest(cast(:contracts as uuid[]), cast(:positions as int[]),
                                cast(:decpIds as varchar[]), cast(:notified as date[]), cast(:published as date[]),
                                cast(:amounts as numeric[]), cast(:months as int[]))""")
                    .param("contracts", column(modifications, Positioned::contractId, UUID[]::new))
                    .param("positions", column(modifications, Positioned::position, Integer[]::new))
                    .param("decpIds", strings(modifications, m -> m.row().decpId()))
                    .param("notified", strings(modifications, m -> text(m.row().notifiedOn())))
                    .param("published", strings(modifications, m -> text(m.row().publishedOn())))
                    .param("amounts", strings(modifications, m -> plain(m.row().amountExclTax())))
                    .param("months", column(modifications, m -> m.row().durationMonths(), Integer[]::new))
                    .update();
        }
    }

    /** A lot, awardee or modification with its contract and its rank in the contract's list. */
    private record Positioned<T>(UUID contractId, int position, T row) {
    }

    private static <T> List<Positioned<T>> children(List<Contract> contracts, Function<Contract, List<T>> list) {
        List<Positioned<T>> rows = new ArrayList<>();
        for (Contract contract : contracts) {
            List<T> children = list.apply(contract);
            for (int i = 0; i < children.size(); i++) {
                rows.add(new Positioned<>(contract.id(), i, children.get(i)));
            }
        }
        return rows;
    }

    private static @Nullable ExecutionClause clause(Positioned<Lot> lot) {
        return lot.row().clause();
    }

    private static <T, V> V[] column(List<T> rows, Function<T, @Nullable V> value,
                                     java.util.function.IntFunction<V[]> array) {
        return rows.stream().map(value).toArray(array);
    }

    private static <T> String[] strings(List<T> rows, Function<T, @Nullable String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static @Nullable String text(java.time.@Nullable LocalDate day) {
        return day == null ? null : day.toString();
    }
}
