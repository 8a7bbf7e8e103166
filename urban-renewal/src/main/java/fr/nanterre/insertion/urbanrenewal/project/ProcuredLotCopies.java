package fr.nanterre.insertion.urbanrenewal.project;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractClosed;
import fr.nanterre.insertion.procurement.LotChanged;
import fr.nanterre.insertion.procurement.LotSummary;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Urban renewal's copy of the linked lots as procurement describes them: taken from procurement's API when a lot
 * is linked, then kept up to date by its events (a lot changed by hand, the award with the final clause targets
 * and the notification day, the closure its day). Never read from procurement's tables.
 */
@Component
class ProcuredLotCopies {

    private final JdbcClient jdbc;
    private final JdbcAggregateTemplate aggregates;

    ProcuredLotCopies(JdbcClient jdbc, JdbcAggregateTemplate aggregates) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
    }

    void keep(LotSummary lot) {
        jdbc.sql("delete from urban_renewal.procured_lot where lot_id = ?").param(lot.lotId()).update();
        aggregates.insert(new ProcuredLotCopy(lot.lotId(), lot.contractId(), lot.contractReference(), lot.buyer(),
                lot.number(), lot.title(), lot.amountExclTax(), lot.clauseId(), lot.clauseTargetHours(),
                lot.estimatedWorkHours(), lot.notifiedOn(), lot.durationMonths(), lot.closedOn()));
    }

    List<ProcuredLotCopy> findAll(Collection<UUID> lotIds) {
        return List.copyOf((Collection<ProcuredLotCopy>) aggregates.findAllById(lotIds, ProcuredLotCopy.class));
    }

    /** Idempotent: only the lots already linked are updated, with what the award says, in one statement. */
    @ApplicationModuleListener
    void on(ContractAwarded event) {
        List<ContractAwarded.AwardedLot> lots = event.lots();
        jdbc.sql("""
                        update urban_renewal.procured_lot p set contract_reference = :reference, buyer = :buyer,
                            lot_number = awarded.number, lot_title = awarded.title, clause_id = awarded.clause,
                            clause_target_hours = awarded.target, estimated_work_hours = awarded.work_hours,
                            notified_on = :notified, duration_months = :months
                        from unnest(cast(:lots as uuid[]), cast(:numbers as int[]), cast(:titles as varchar[]),
                                    cast(:clauses as uuid[]), cast(:targets as int[]), cast(:workHours as int[]))
                            as awarded(lot_id, number, title, clause, target, work_hours)
                        where p.lot_id = awarded.lot_id""")
                .param("reference", event.reference()).param("buyer", event.buyer())
                .param("notified", event.notifiedOn()).param("months", event.durationMonths())
                .param("lots", lots.stream().map(ContractAwarded.AwardedLot::lotId).toArray(UUID[]::new))
                .param("numbers", lots.stream().map(ContractAwarded.AwardedLot::number).toArray(Integer[]::new))
                .param("titles", lots.stream().map(ContractAwarded.AwardedLot::title).toArray(String[]::new))
                .param("clauses", lots.stream().map(ContractAwarded.AwardedLot::clauseId).toArray(UUID[]::new))
                .param("targets", lots.stream().map(ContractAwarded.AwardedLot::targetHours).toArray(Integer[]::new))
                .param("workHours", lots.stream().map(ContractAwarded.AwardedLot::estimatedWorkHours)
                        .toArray(Integer[]::new))
                .update();
    }

    /** Idempotent: a lot urban renewal keeps a copy of gets procurement's new description (a new clause target…). */
    @ApplicationModuleListener
    void on(LotChanged event) {
        boolean linked = jdbc.sql("select count(*) from urban_renewal.procured_lot where lot_id = ?")
                .param(event.lot().lotId()).query(Long.class).single() > 0;
        if (linked) {
            keep(event.lot());
        }
    }

    @ApplicationModuleListener
    void on(ContractClosed event) {
        jdbc.sql("update urban_renewal.procured_lot set closed_on = ? where contract_id = ?")
                .params(event.closedOn(), event.contractId()).update();
    }
}
