package fr.nanterre.insertion.procurement.contract;

import java.util.Arrays;
import java.util.Optional;

import fr.nanterre.platform.text.SearchKey;

/** Award procedures, with their label in the DECP open-data format. */
public enum Procedure {
    ADAPTED("Procédure adaptée"),
    OPEN_TENDER("Appel d'offres ouvert"),
    RESTRICTED_TENDER("Appel d'offres restreint"),
    NEGOTIATED_WITH_NOTICE("Procédure avec négociation"),
    NEGOTIATED_WITHOUT_NOTICE("Marché passé sans publicité ni mise en concurrence préalable"),
    COMPETITIVE_DIALOGUE("Dialogue compétitif"),
    OTHER("Autre");

    private final String decpLabel;

    Procedure(String decpLabel) {
        this.decpLabel = decpLabel;
    }

    public String decpLabel() {
        return decpLabel;
    }

    /** Reads a DECP label, whatever its case or accents; unknown labels are {@link #OTHER}. */
    public static Procedure fromDecp(String label) {
        return Arrays.stream(values()).filter(p -> SearchKey.of(p.decpLabel).equals(SearchKey.of(label)))
                .findFirst().orElse(OTHER);
    }

    public static Optional<Procedure> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
