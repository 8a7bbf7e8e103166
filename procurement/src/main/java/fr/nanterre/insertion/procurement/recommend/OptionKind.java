package fr.nanterre.insertion.procurement.recommend;

/** The ways to bring insertion into a purchase that the recommender weighs. */
public enum OptionKind {
    /** The whole contract reserved to SIAE (L2113-13) or to EA/ESAT (L2113-12). */
    RESERVED_CONTRACT,
    /** A lot of the contract reserved to them, the rest open to every company. */
    RESERVED_LOT,
    /** An execution clause with an insertion-hours target (L2112-2). */
    EXECUTION_CLAUSE,
    /** A social award criterion: the bidders commit to hours, weighed in the award. */
    SOCIAL_CRITERION,
    /** An insertion and qualification contract (R2123-1): the service is the support to insertion itself. */
    INSERTION_CONTRACT
}
