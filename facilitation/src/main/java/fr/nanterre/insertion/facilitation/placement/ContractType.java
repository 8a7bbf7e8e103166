package fr.nanterre.insertion.facilitation.placement;

/** The employment contract of a direct hire. */
public enum ContractType {
    CDI, CDD, CONTRAT_DE_CHANTIER, PROFESSIONNALISATION, APPRENTISSAGE
}
