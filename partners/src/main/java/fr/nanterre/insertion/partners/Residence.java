package fr.nanterre.insertion.partners;

/**
 * Where a participant lived, as the urban-renewal charter counts it (DESIGN.md §2): the charter counts the hours
 * of Nanterre residents (INSEE 92050), and reports the share of those who live in a priority neighbourhood (QPV)
 * beside it. A resident of another commune's QPV is counted as living elsewhere.
 */
public enum Residence {
    /** A Nanterre resident living in one of its QPV. */
    NANTERRE_QPV,
    /** A Nanterre resident outside its QPV. */
    NANTERRE,
    /** Anyone living outside Nanterre. */
    ELSEWHERE;

    public static Residence of(boolean nanterreResident, boolean qpvResident) {
        if (!nanterreResident) {
            return ELSEWHERE;
        }
        return qpvResident ? NANTERRE_QPV : NANTERRE;
    }

    /** Counted by the charter: a Nanterre resident, in a QPV or not. */
    public boolean nanterre() {
        return this != ELSEWHERE;
    }
}
