package fr.nanterre.insertion.procurement.decp;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractAwardee;
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
 * Writes contracts as a DECP file (JSON schema v2): one marché per contract, with every field the register holds:
 * its titulaires (holders and co-contractors, by SIRET or by the identifier the file gave), the social
 * considerations its lots carry, its lots when it has several, its declared subcontracting, its modifications and
 * the date its data were published. The fields it does not hold (nature, lieuExecution, techniques…) are left out
 * rather than guessed.
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
        ObjectNode buyer = marche.putObject("acheteur")
                .put("id", details.buyerId() == null ? DecpFormat.CITY_SIRET : details.buyerId());
        if (!ContractDetails.CITY.equals(contract.buyer())) {
            buyer.put("nom", contract.buyer());
        }
        marche.put("objet", contract.object());
        if (details.cpvCode() != null) {
            marche.put("codeCPV", details.cpvCode());
        }
        marche.put("procedure", details.procedure().decpLabel());
        marche.put("ccag", DecpFormat.label(details.ccag()));
        marche.put("dureeMois", details.durationMonths());
        marche.put("dateNotification", Objects.requireNonNull(contract.notifiedOn()).toString());
        if (contract.decpPublishedOn() != null) {
            marche.put("datePublicationDonnees", contract.decpPublishedOn().toString());
        }
        marche.put("montant", details.amountExclTax().stripTrailingZeros());
        titulaires(contract, marche.putArray("titulaires"), 0);
        considerations(contract.lots(), marche);
        if (contract.lots().size() > 1) {
            // not in schema v2, which has one lot per marché; read back by DecpReader, as some publishers write it
            ArrayNode lots = marche.putArray("lots");
            contract.lots().forEach(lot -> {
                ObjectNode written = lots.addObject().put("numero", lot.number()).put("objet", lot.title())
                        .put("montant", lot.amountExclTax().stripTrailingZeros());
                titulaires(contract, written.putArray("titulaires"), lot.number());
            });
        }
        List<ContractAwardee> subcontractors = contract.awardees().stream()
                .filter(a -> a.role() == ContractAwardee.Role.SUBCONTRACTOR).toList();
        if (!subcontractors.isEmpty()) {
            ArrayNode acts = marche.putArray("actesSousTraitance");
            subcontractors.forEach(subcontractor -> {
                ObjectNode act = acts.addObject().putObject("acteSousTraitance");
                titulaire(act.putObject("sousTraitant"), subcontractor);
                if (subcontractor.amountExclTax() != null) {
                    act.put("montant", subcontractor.amountExclTax().stripTrailingZeros());
                }
            });
        }
        if (!contract.modifications().isEmpty()) {
            ArrayNode modifications = marche.putArray("modifications");
            contract.modifications().forEach(m -> {
                ObjectNode written = modifications.addObject().putObject("modification");
                if (m.decpId() != null) {
                    written.put("id", m.decpId());
                }
                if (m.amountExclTax() != null) {
                    written.put("montant", m.amountExclTax().stripTrailingZeros());
                }
                if (m.durationMonths() != null) {
                    written.put("dureeMois", m.durationMonths());
                }
                if (m.notifiedOn() != null) {
                    written.put("dateNotificationModification", m.notifiedOn().toString());
                }
                if (m.publishedOn() != null) {
                    written.put("datePublicationDonneesModification", m.publishedOn().toString());
                }
            });
        }
    }

    /**
     * The holders and co-contractors of a lot (of every lot for {@code lotNumber} 0), as the file published them; for
     * a contract entered by hand, its lots' awardees that have a SIRET.
     */
    private static void titulaires(Contract contract, ArrayNode titulaires, int lotNumber) {
        List<ContractAwardee> published = contract.awardees().stream()
                .filter(a -> a.role() != ContractAwardee.Role.SUBCONTRACTOR)
                .filter(a -> lotNumber == 0 || a.lotNumber() == lotNumber).toList();
        if (!published.isEmpty() || !contract.awardees().isEmpty()) {
            Set<String> written = new HashSet<>();
            published.stream().filter(a -> written.add(a.idType() + a.identifier()))
                    .forEach(a -> titulaire(titulaires.addObject().putObject("titulaire"), a));
            return;
        }
        contract.lots().stream().filter(lot -> lotNumber == 0 || lot.number() == lotNumber)
                .filter(lot -> lot.awardeeSiret() != null)
                .collect(java.util.stream.Collectors.toMap(Lot::awardeeSiret, lot -> lot, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().forEach(lot -> {
                    ObjectNode titulaire = titulaires.addObject().putObject("titulaire")
                            .put("typeIdentifiant", "SIRET").put("id", lot.awardeeSiret());
                    if (lot.awardeeName() != null && !lot.awardeeName().equals(lot.awardeeSiret())) {
                        titulaire.put("denominationSociale", lot.awardeeName());
                    }
                });
    }

    private static void titulaire(ObjectNode node, ContractAwardee awardee) {
        node.put("typeIdentifiant", awardee.idType()).put("id", awardee.identifier());
        if (awardee.name() != null) {
            node.put("denominationSociale", awardee.name());
        }
    }

    private static void considerations(List<Lot> lots, ObjectNode marche) {
        ArrayNode considerations = marche.putObject("considerationsSociales").putArray("considerationSociale");
        List<Consideration> carried = Arrays.stream(Consideration.values())
                .filter(c -> lots.stream().anyMatch(c::carriedBy)).toList();
        (carried.isEmpty() ? List.of(Consideration.NONE) : carried).forEach(c -> considerations.add(c.label()));
    }
}
