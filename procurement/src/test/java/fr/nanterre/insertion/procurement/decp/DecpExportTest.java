package fr.nanterre.insertion.procurement.decp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.decp.DecpImport.Preview;
import fr.nanterre.insertion.procurement.decp.DecpImport.Verdict;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class DecpExportTest {

    @Autowired
    DecpExport export;
    @Autowired
    DecpImport decpImport;
    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    private Contract awarded(String reference, String buyer, Procedure procedure, String cpv, String amount,
                             int months, LotDetails lot, String siret, LocalDate notified) {
        Contract contract = register.plan(new ContractDetails(reference, "Objet du marché " + reference, buyer, null,
                procedure, cpv, Ccag.WORKS, new BigDecimal(amount), months, null));
        contract = register.putLot(contract, null, lot);
        contract = register.awardLot(contract, contract.lots().getFirst().id(), siret, "");
        return register.award(contract, notified);
    }

    private static LotDetails lot(String amount, Reservation reservation, BigDecimal criterionWeight) {
        return new LotDetails(1, "Lot unique", new BigDecimal(amount), reservation, false, criterionWeight,
                criterionWeight == null ? null : "Heures d'insertion supplémentaires");
    }

    /** The exported marchés whose reference starts with EXP-, by reference. */
    private Map<String, JsonNode> exported(byte[] file) {
        return mapper.readTree(file).path("marches").path("marche").valueStream()
                .filter(marche -> marche.path("id").asString().startsWith("EXP-"))
                .collect(Collectors.toMap(marche -> marche.path("id").asString(), Function.identity()));
    }

    @Test
    void theCitysNotifiedContractsAreWrittenInTheV2FormatAndReadBackAlike() {
        UUID ei = structures.register(StructureDetails.of("Chantier École Insertion", StructureKind.EI,
                "60100006000066")).id();
        Contract school = awarded("EXP-2026-001", ContractDetails.CITY, Procedure.OPEN_TENDER, "45214200-2",
                "1000000", 12, lot("1000000", Reservation.NONE, new BigDecimal("10")), "55210055400013",
                LocalDate.of(2026, 4, 1));
        register.setClause(school, school.lots().getFirst().id(), HoursTarget.amountBased(new BigDecimal("1000000"),
                new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("5")), new BigDecimal("45"), "MASONRY");
        awarded("EXP-2026-002", ContractDetails.CITY, Procedure.ADAPTED, "90910000", "45000.50", 24,
                lot("45000.50", Reservation.SIAE, null), "60100006000066", LocalDate.of(2026, 5, 2));
        register.plan(new ContractDetails("EXP-2026-003", "Encore au plan", ContractDetails.CITY, null,
                Procedure.ADAPTED, null, Ccag.NONE, BigDecimal.TEN, 6, null));
        awarded("EXP-2026-004", "Paris Habitat", Procedure.ADAPTED, "45000000", "5000", 6,
                lot("5000", Reservation.NONE, null), "55210055400013", LocalDate.of(2026, 5, 2));

        byte[] file = export.cityContracts();
        String text = new String(file, UTF_8);
        assertThat(text).startsWith("{\"marches\":{\"marche\":[")
                .contains("\"montant\":1000000,").contains("\"montant\":45000.5,");
        Map<String, JsonNode> marches = exported(file);
        // planned contracts are not essential data; other buyers publish their own
        assertThat(marches).containsOnlyKeys("EXP-2026-001", "EXP-2026-002");
        assertThat(marches.get("EXP-2026-001")).isEqualTo(mapper.readTree("""
                {"id": "EXP-2026-001", "acheteur": {"id": "21920050200019"}, "objet": "Objet du marché EXP-2026-001",
                 "codeCPV": "45214200", "procedure": "Appel d'offres ouvert", "ccag": "Travaux", "dureeMois": 12,
                 "dateNotification": "2026-04-01", "montant": 1000000,
                 "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "55210055400013"}}],
                 "considerationsSociales": {"considerationSociale": ["Clause sociale", "Critère social"]}}"""));
        assertThat(marches.get("EXP-2026-002").path("considerationsSociales").path("considerationSociale"))
                .isEqualTo(mapper.readTree("[\"Marché réservé\"]"));
        assertThat(marches.get("EXP-2026-002").path("procedure").asString()).isEqualTo("Procédure adaptée");

        // read back into a register that has lost them
        jdbc.sql("delete from procurement.contract where reference in ('EXP-2026-001', 'EXP-2026-002')").update();
        // (other tests' contracts of the City are in the file too: only this test's two are read back)
        Preview whole = decpImport.preview("export.json", file);
        Preview preview = new Preview("export.json", whole.lines().stream()
                .filter(v -> v.read().id().startsWith("EXP-")).toList(), null);
        assertThat(preview.lines()).filteredOn(Verdict::accepted).extracting(v -> v.read().id())
                .containsExactlyInAnyOrder("EXP-2026-001", "EXP-2026-002");
        assertThat(decpImport.apply(preview)).isEqualTo(2);

        Map<String, JsonNode> again = exported(export.cityContracts());
        assertThat(again).isEqualTo(Map.of("EXP-2026-001", marches.get("EXP-2026-001"),
                "EXP-2026-002", marches.get("EXP-2026-002")));
        Contract reimported = register.findAll(new ContractFilter("EXP-2026-002", null, ContractDetails.CITY),
                Sort.by("reference")).getFirst();
        assertThat(reimported.lots().getFirst().awardeeStructureId()).isEqualTo(ei);
        assertThat(reimported.lots().getFirst().reservation()).isEqualTo(Reservation.SIAE);
    }

    @Test
    @WithMockUser(roles = Roles.VIEWER)
    void everyRoleMayExport() {
        assertThat(mapper.readTree(export.cityContracts()).path("marches").path("marche").isArray()).isTrue();
    }
}
