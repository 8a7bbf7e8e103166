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

    /** Idempotent: only the lots already linked are updated, with what the award says. */
    @ApplicationModuleListener
    void on(ContractAwarded event) {
        for (ContractAwarded.AwardedLot lot : event.lots()) {
            jdbc.sql("""
                            update urban_renewal.procured_lot set contract_reference = :reference, buyer = :buyer,
                                lot_number = :number, lot_title = :title, clause_id = :clause,
                                clause_target_hours = :target, estimated_work_hours = :workHours,
                                notified_on = :notified, duration_months = :months
                            where lot_id = :lot""")
                    .param("reference", event.reference()).param("buyer", event.buyer())
                    .param("number", lot.number()).param("title", lot.title()).param("clause", lot.clauseId())
                    .param("target", lot.targetHours()).param("workHours", lot.estimatedWorkHours())
                    .param("notified", event.notifiedOn()).param("months", event.durationMonths())
                    .param("lot", lot.lotId())
                    .update();
        }
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
