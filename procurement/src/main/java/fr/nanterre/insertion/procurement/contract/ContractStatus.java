package fr.nanterre.insertion.procurement.contract;

/** Planned (in the procurement plan), awarded (notified, being executed), closed. */
public enum ContractStatus {
    PLANNED, AWARDED, CLOSED
}
