package fr.nanterre.insertion.procurement.decp;

import java.util.List;

/**
 * A marché of a DECP file as it was read, every value as text, blank when the file does not give it: what the
 * preview shows next to its verdict.
 *
 * @param awardees             the titulaires, in the file's order: the holder first, then its co-contractors
 * @param socialConsiderations the values of {@code considerationsSociales}
 * @param publishedOn          {@code datePublicationDonnees}: which version of the marché this is
 * @param lots                 the lots, when the publisher details them ({@code lots}); empty for a marché of one lot
 * @param subcontracts         the declared subcontracting ({@code actesSousTraitance})
 * @param modifications        the modifications after notification ({@code modifications})
 */
public record DecpMarche(String id, String buyerId, String buyerName, String object, String cpvCode,
                         String procedure, String ccag, String amount, String durationMonths, String notifiedOn,
                         List<Awardee> awardees, List<String> socialConsiderations, String publishedOn,
                         List<DecpLot> lots, List<Subcontract> subcontracts, List<Modification> modifications) {

    public DecpMarche {
        awardees = List.copyOf(awardees);
        socialConsiderations = List.copyOf(socialConsiderations);
        lots = List.copyOf(lots);
        subcontracts = List.copyOf(subcontracts);
        modifications = List.copyOf(modifications);
    }

    /** A marché of one lot, with neither subcontracting nor modifications. */
    public DecpMarche(String id, String buyerId, String buyerName, String object, String cpvCode, String procedure,
                      String ccag, String amount, String durationMonths, String notifiedOn, List<Awardee> awardees,
                      List<String> socialConsiderations) {
        this(id, buyerId, buyerName, object, cpvCode, procedure, ccag, amount, durationMonths, notifiedOn, awardees,
                socialConsiderations, "", List.of(), List.of(), List.of());
    }

    /** @param idType {@code typeIdentifiant}: SIRET, TVA, HORS-UE… */
    public record Awardee(String id, String idType, String name) {
    }

    /** A lot of the marché: its number, title, amount and, when they differ from the marché's, its titulaires. */
    public record DecpLot(String number, String object, String amount, List<Awardee> awardees) {

        public DecpLot {
            awardees = List.copyOf(awardees);
        }
    }

    /** A declared subcontract: the subcontractor and the amount subcontracted. */
    public record Subcontract(Awardee subcontractor, String amount) {
    }

    /** A modification: its id, the new amount and duration when it changes them, and its dates. */
    public record Modification(String id, String amount, String durationMonths, String notifiedOn,
                               String publishedOn) {
    }
}
