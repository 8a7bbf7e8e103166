package fr.nanterre.insertion.procurement.contract;

import fr.nanterre.insertion.partners.StructureKind;

/** Whether a lot is reserved, and to whom (Code de la commande publique). */
public enum Reservation {
    NONE,
    /** L2113-13: reserved to SIAE (ACI, AI, EI, ETTI, EITI). */
    SIAE,
    /** L2113-12: reserved to adapted companies and sheltered work (EA, EATT, ESAT). */
    EA_ESAT;

    public boolean accepts(StructureKind kind) {
        return switch (this) {
            case NONE -> true;
            case SIAE -> kind.isSiae();
            case EA_ESAT -> kind == StructureKind.EA || kind == StructureKind.EATT || kind == StructureKind.ESAT;
        };
    }
}
