package fr.nanterre.insertion.urbanrenewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;

/** Contracts of procurement that urban renewal's tests link to their operations (callers need the role PROCUREMENT). */
public final class TestContracts {

    private TestContracts() {
    }

    /**
     * A planned contract of the buyer with one lot of 1,000,000 € whose clause is 50 % labour at 30 €/h and 5 %:
     * 16,667 h of work, a clause of 833 h.
     */
    public static Contract millionEuroLot(ContractRegister register, String reference, String buyer) {
        Contract contract = register.plan(new ContractDetails(reference, "Réhabilitation de la résidence Zilina",
                buyer, null, Procedure.OPEN_TENDER, "45453000", Ccag.WORKS, new BigDecimal("1000000"), 24, null));
        contract = register.putLot(contract, null, new LotDetails(1, "Gros œuvre", new BigDecimal("1000000"),
                Reservation.NONE, false, null, null));
        UUID lot = contract.lots().getFirst().id();
        return register.setClause(contract, lot, HoursTarget.amountBased(new BigDecimal("1000000"),
                new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("5")), new BigDecimal("40"), "MASONRY");
    }

    /** The contract awarded to a company on the day: its clause starts counting. */
    public static Contract awarded(ContractRegister register, Contract contract, LocalDate notifiedOn) {
        Contract withAwardee = register.awardLot(contract, contract.lots().getFirst().id(), "55210055400013",
                "Bâtir Seine SA");
        return register.award(withAwardee, notifiedOn);
    }

    public static UUID lotOf(Contract contract) {
        return contract.lots().getFirst().id();
    }

    public static UUID clauseOf(Contract contract) {
        return contract.lots().getFirst().clause().id();
    }
}
