package fr.nanterre.insertion.procurement.contract;

/** The general administrative terms (CCAG) a contract refers to. */
public enum Ccag {
    WORKS, SUPPLIES_AND_SERVICES, INTELLECTUAL_SERVICES, IT, INDUSTRIAL, PROJECT_MANAGEMENT, NONE
}
