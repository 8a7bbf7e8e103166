package fr.nanterre.insertion.procurement.decp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.decp.DecpFormat.Consideration;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes contracts as a DECP file (JSON schema v2): one marché per contract, with the SIRETs of its lots' awardees
 * as titulaires and the social considerations its lots carry. Only what the register knows is written; the fields
 * it does not hold (nature, lieuExecution, techniques…) are left out rather than guessed.
 */
@Component
class DecpWriter {

    private final JsonMapper mapper;
    private final ObjectWriter json;

    DecpWriter(JsonMapper mapper) {
        this.mapper = mapper;
        // 1000000, not 1E+6
        this.json = mapper.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** @param contracts notified contracts: a DECP marché has a notification date */
    byte[] write(List<Contract> contracts) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode marches = root.putObject("marches").putArray("marche");
        contracts.forEach(contract -> write(contract, marches.addObject()));
        return json.writeValueAsBytes(root);
    }

    private static void write(Contract contract, ObjectNode marche) {
        ContractDetails details = contract.details();
        marche.put("id", contract.reference());
        marche.putObject("acheteur").put("id", details.buyerId() == null ? DecpFormat.CITY_SIRET : details.buyerId());
        marche.put("objet", contract.object());
        if (details.cpvCode() != null) {
            marche.put("codeCPV", details.cpvCode());
        }
        marche.put("procedure", details.procedure().decpLabel());
        marche.put("ccag", DecpFormat.label(details.ccag()));
        marche.put("dureeMois", details.durationMonths());
        marche.put("dateNotification", Objects.requireNonNull(contract.notifiedOn()).toString());
        marche.put("montant", details.amountExclTax().stripTrailingZeros());
        ArrayNode titulaires = marche.putArray("titulaires");
        contract.lots().stream().map(Lot::awardeeSiret).filter(Objects::nonNull).distinct()
                .forEach(siret -> titulaires.addObject().putObject("titulaire")
                        .put("typeIdentifiant", "SIRET").put("id", siret));
        ArrayNode considerations = marche.putObject("considerationsSociales").putArray("considerationSociale");
        List<Consideration> carried = Arrays.stream(Consideration.values())
                .filter(c -> contract.lots().stream().anyMatch(c::carriedBy)).toList();
        (carried.isEmpty() ? List.of(Consideration.NONE) : carried).forEach(c -> considerations.add(c.label()));
    }
}
