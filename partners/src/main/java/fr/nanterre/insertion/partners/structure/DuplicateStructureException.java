package fr.nanterre.insertion.partners.structure;

/** A structure with this SIRET and this kind is registered already. */
public class DuplicateStructureException extends RuntimeException {

    public DuplicateStructureException(String siret, Object kind) {
        super("A structure with SIRET " + siret + " and kind " + kind + " exists already");
    }
}
