package fr.nanterre.insertion.procurement.decp;

import java.util.List;

/**
 * A marché of a DECP file as it was read, every value as text, blank when the file does not give it: what the
 * preview shows next to its verdict.
 *
 * @param awardees             the titulaires, in the file's order
 * @param socialConsiderations the values of {@code considerationsSociales}
 */
public record DecpMarche(String id, String buyerId, String buyerName, String object, String cpvCode,
                         String procedure, String ccag, String amount, String durationMonths, String notifiedOn,
                         List<Awardee> awardees, List<String> socialConsiderations) {

    public DecpMarche {
        awardees = List.copyOf(awardees);
        socialConsiderations = List.copyOf(socialConsiderations);
    }

    /** @param idType {@code typeIdentifiant}: SIRET, TVA, HORS-UE… */
    public record Awardee(String id, String idType, String name) {
    }
}
