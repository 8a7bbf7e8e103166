package fr.nanterre.insertion.procurement.decp;

import java.util.Arrays;
import java.util.List;

import fr.nanterre.insertion.procurement.decp.DecpMarche.Awardee;
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
                considerations(marche.path("considerationsSociales")));
    }

    private static List<Awardee> awardees(JsonNode titulaires) {
        JsonNode list = titulaires.has("titulaire") ? titulaires.path("titulaire") : titulaires;
        return items(list).stream()
                .map(titulaire -> titulaire.has("titulaire") ? titulaire.path("titulaire") : titulaire)
                .map(titulaire -> new Awardee(text(titulaire.path("id")), text(titulaire.path("typeIdentifiant")),
                        text(titulaire.path("denominationSociale"))))
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
