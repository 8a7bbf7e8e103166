package fr.nanterre.insertion.procurement.decp;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.platform.text.SearchKey;

/** The words of the DECP format (JSON schema v2) that the import and the export share. */
final class DecpFormat {

    /** The City of Nanterre, as DECP files name their buyer ({@code acheteur.id}). */
    static final String CITY_SIRET = "21920050200019";

    // a file of 20,000 marchés reads 20,000 labels: each known one is normalised once
    private static final Map<String, Ccag> CCAG_BY_KEY = Arrays.stream(Ccag.values())
            .collect(Collectors.toMap(c -> key(label(c)), c -> c));

    private DecpFormat() {
    }

    /** The values of {@code considerationsSociales}, and the lots that carry each one. */
    enum Consideration {
        CLAUSE("Clause sociale", lot -> lot.clause() != null || lot.clauseAnnounced()),
        CRITERION("Critère social", lot -> lot.criterion() != null || lot.criterionAnnounced()),
        RESERVED("Marché réservé", lot -> lot.reservation() != Reservation.NONE),
        NONE("Pas de considération sociale", lot -> false);

        private final String label;
        private final Predicate<Lot> carriedBy;

        Consideration(String label, Predicate<Lot> carriedBy) {
            this.label = label;
            this.carriedBy = carriedBy;
        }

        String label() {
            return label;
        }

        boolean carriedBy(Lot lot) {
            return carriedBy.test(lot);
        }

        private static final Map<String, Consideration> BY_KEY = Arrays.stream(values())
                .collect(Collectors.toMap(c -> key(c.label), c -> c));

        /** Reads a label whatever its case or accents. */
        static Optional<Consideration> fromDecp(String label) {
            return Optional.ofNullable(BY_KEY.get(key(label)));
        }
    }

    static String label(Ccag ccag) {
        return switch (ccag) {
            case WORKS -> "Travaux";
            case SUPPLIES_AND_SERVICES -> "Fournitures courantes et services";
            case INTELLECTUAL_SERVICES -> "Prestations intellectuelles";
            case IT -> "Techniques de l'information et de la communication";
            case INDUSTRIAL -> "Marchés industriels";
            case PROJECT_MANAGEMENT -> "Maitrise d'œuvre";
            case NONE -> "Pas de CCAG";
        };
    }

    /** Reads a {@code ccag} label whatever its case or accents; a missing or unknown one is {@link Ccag#NONE}. */
    static Ccag ccag(String label) {
        return CCAG_BY_KEY.getOrDefault(key(label), Ccag.NONE);
    }

    /** "Maîtrise d'œuvre" and "Maitrise d'oeuvre" are one label: œ is a ligature, not an accent. */
    private static String key(String label) {
        return SearchKey.of(label).replace("œ", "oe").replace('’', '\'');
    }
}
