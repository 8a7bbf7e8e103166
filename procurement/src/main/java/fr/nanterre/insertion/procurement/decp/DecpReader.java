package fr.nanterre.insertion.procurement.decp;

import java.util.Arrays;
import java.util.List;

import fr.nanterre.insertion.procurement.decp.DecpMarche.Awardee;
import fr.nanterre.insertion.procurement.decp.DecpMarche.DecpLot;
import fr.nanterre.insertion.procurement.decp.DecpMarche.Modification;
import fr.nanterre.insertion.procurement.decp.DecpMarche.Subcontract;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the marchés of a DECP file with Jackson's tree model, in every shape publishers give it: {@code marches}
 * holding a {@code marche} list or a single {@code marche}, {@code marches} as a bare list, or the whole file as a
 * bare list; titulaires wrapped in {@code titulaire} (schema v2) or not; {@code considerationsSociales} as the v2
 * object, a list or a string. Values are kept as written; {@link DecpImport} judges them.
 */
@Component
class DecpReader {

    private final ObjectReader json;

    DecpReader(JsonMapper mapper) {
        // an amount keeps its cents exactly, not as the nearest double
        this.json = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** @throws JacksonException when the content is not JSON */
    List<DecpMarche> read(byte[] content) {
        return marches(json.readTree(content)).stream().map(DecpReader::marche).toList();
    }

    private static List<JsonNode> marches(JsonNode root) {
        if (root.isArray()) {
            return items(root);
        }
        JsonNode marches = root.path("marches");
        return marches.isArray() ? items(marches) : items(marches.path("marche"));
    }

    /** A list's elements, or a single object as a list of one. */
    private static List<JsonNode> items(JsonNode node) {
        if (node.isArray()) {
            return List.copyOf(node.values());
        }
        return node.isObject() ? List.of(node) : List.of();
    }

    private static DecpMarche marche(JsonNode marche) {
        JsonNode buyer = marche.path("acheteur");
        return new DecpMarche(text(marche.path("id")), text(buyer.path("id")), text(buyer.path("nom")),
                text(marche.path("objet")), text(marche.path("codeCPV")), text(marche.path("procedure")),
                text(marche.path("ccag")), text(marche.path("montant")), text(marche.path("dureeMois")),
                text(marche.path("dateNotification")), awardees(marche.path("titulaires")),
                considerations(marche.path("considerationsSociales")), text(marche.path("datePublicationDonnees")),
                lots(marche.path("lots")), subcontracts(marche.path("actesSousTraitance")),
                modifications(marche.path("modifications")));
    }

    /** {@code lots}: a list of lots, each wrapped in {@code lot} or not (publishers that detail their lots). */
    private static List<DecpLot> lots(JsonNode lots) {
        return items(unwrap(lots, "lot")).stream().map(lot -> unwrapOne(lot, "lot"))
                .map(lot -> new DecpLot(text(lot.has("numero") ? lot.path("numero") : lot.path("id")),
                        text(lot.has("objet") ? lot.path("objet") : lot.path("intitule")), text(lot.path("montant")),
                        awardees(lot.path("titulaires"))))
                .toList();
    }

    /** {@code actesSousTraitance}: each {@code acteSousTraitance} names a {@code sousTraitant} and an amount. */
    private static List<Subcontract> subcontracts(JsonNode acts) {
        return items(unwrap(acts, "acteSousTraitance")).stream().map(act -> unwrapOne(act, "acteSousTraitance"))
                .map(act -> new Subcontract(awardee(act.path("sousTraitant")), text(act.path("montant"))))
                .filter(subcontract -> !subcontract.subcontractor().id().isBlank())
                .toList();
    }

    /** {@code modifications}: each {@code modification} with its new amount and duration, when it changes them. */
    private static List<Modification> modifications(JsonNode modifications) {
        return items(unwrap(modifications, "modification")).stream().map(m -> unwrapOne(m, "modification"))
                .map(m -> new Modification(text(m.path("id")), text(m.path("montant")), text(m.path("dureeMois")),
                        text(m.path("dateNotificationModification")),
                        text(m.path("datePublicationDonneesModification"))))
                .toList();
    }

    private static JsonNode unwrap(JsonNode node, String wrapper) {
        return node.isObject() && node.has(wrapper) ? node.path(wrapper) : node;
    }

    private static JsonNode unwrapOne(JsonNode node, String wrapper) {
        return node.has(wrapper) ? node.path(wrapper) : node;
    }

    private static Awardee awardee(JsonNode titulaire) {
        return new Awardee(text(titulaire.path("id")), text(titulaire.path("typeIdentifiant")),
                text(titulaire.path("denominationSociale")));
    }

    private static List<Awardee> awardees(JsonNode titulaires) {
        JsonNode list = titulaires.has("titulaire") ? titulaires.path("titulaire") : titulaires;
        return items(list).stream()
                .map(titulaire -> titulaire.has("titulaire") ? titulaire.path("titulaire") : titulaire)
                .map(DecpReader::awardee)
                .filter(awardee -> !awardee.id().isBlank())
                .toList();
    }

    private static List<String> considerations(JsonNode node) {
        JsonNode values = node.isObject() ? node.path("considerationSociale") : node;
        List<JsonNode> items = values.isArray() ? List.copyOf(values.values()) : List.of(values);
        return items.stream()
                // flattened files join the values: "Clause sociale, Critère social"
                .flatMap(value -> Arrays.stream(text(value).split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** A number as plain digits (1000000, not 1E+6), a string stripped, anything else blank. */
    private static String text(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.isValueNode() ? node.asString().strip() : "";
    }
}
