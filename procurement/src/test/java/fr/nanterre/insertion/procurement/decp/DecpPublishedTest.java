package fr.nanterre.insertion.procurement.decp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.LotChanged;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractAwardee;
import fr.nanterre.insertion.procurement.contract.ContractAwardee.Role;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractModification;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractStatus;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.decp.DecpImport.Preview;
import fr.nanterre.insertion.procurement.decp.DecpImport.Verdict;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DECP file is the State's published record (decision 0024): every contract with a valid shape is kept, and what
 * the register cannot confirm is flagged on the contract, "awardee to check". messy-published.json holds a reserved
 * contract awarded to an ordinary company, one awarded to a Belgian company known by its VAT number, a contract of
 * two lots with co-contractors, a declared subcontract and two modifications, a reserved contract awarded to a
 * registered EI, and two malformed marchés; with the shapes of the first DECP tests (SIRET with spaces, amounts as
 * "180 000,00", dates with their offset, titulaires wrapped or not, considerations joined in one string).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class DecpPublishedTest {

    private static final String EI = "60100001000012";
    private static final String ORDINARY = "60100008000080";

    @Autowired
    DecpImport decpImport;
    @Autowired
    DecpExport decpExport;
    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;
    @Autowired
    PartnerStructures partnerStructures;
    @Autowired
    JsonMapper mapper;

    private UUID ei;
    private UUID ordinary;

    @BeforeEach
    void registerTheStructures() {
        ei = registered("Régie Propreté Insertion", StructureKind.EI, EI);
        ordinary = registered("Jardins Ordinaires SARL", StructureKind.EMPLOYER, ORDINARY);
    }

    private UUID registered(String name, StructureKind kind, String siret) {
        return partnerStructures.findBySiret(new Siret(siret)).stream().filter(s -> s.kind() == kind).findFirst()
                .map(s -> s.id())
                .orElseGet(() -> structures.register(StructureDetails.of(name, kind, siret)).id());
    }

    private Contract contract(String reference) {
        return register.findAll(new ContractFilter(reference, null, ContractDetails.CITY), Sort.by("reference"))
                .stream().filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void everyValidContractIsKeptAndWhatTheRegisterCannotConfirmIsToCheck(Scenario scenario) throws IOException {
        Preview preview = decpImport.preview("publie.json", DecpImportTest.file("messy-published.json"));

        assertThat(preview.lines()).extracting(Verdict::reason)
                .containsExactly(null, null, null, "decp.reason.lot", "decp.reason.modification", null);
        assertThat(preview.rejected()).isEqualTo(2);
        assertThat(preview.lines()).filteredOn(Verdict::accepted).extracting(v -> v.contract().awardeeToCheck())
                .containsExactly(true, true, true, false);

        assertThat(decpImport.apply(preview)).isEqualTo(4);

        // reserved, awarded to a company registered as an ordinary employer: kept, reserved to SIAE, to check
        Contract gardens = contract("PUB-001");
        assertThat(gardens.status()).isEqualTo(ContractStatus.AWARDED);
        assertThat(gardens.details().cpvCode()).isEqualTo("77310000");
        assertThat(gardens.amountExclTax()).isEqualByComparingTo("180000");
        assertThat(gardens.lots().getFirst().reservation()).isEqualTo(Reservation.SIAE);
        assertThat(gardens.lots().getFirst().awardeeSiret()).isEqualTo(ORDINARY);
        assertThat(gardens.awardeeToCheck()).isTrue();
        assertThat(gardens.awardees()).containsExactly(new ContractAwardee(1, Role.HOLDER, "SIRET", ORDINARY,
                "Jardins Ordinaires SARL", ordinary, null, DecpImport.CHECK_RESERVED));
        assertThat(gardens.decpPublishedOn()).isEqualTo(LocalDate.of(2026, 2, 10));

        // reserved, awarded to a Belgian company known by its VAT number
        Contract laundry = contract("PUB-002");
        assertThat(laundry.lots().getFirst().awardeeName()).isEqualTo("Blanchisserie de Wallonie TVA BE0777777777");
        assertThat(laundry.awardees()).singleElement().satisfies(holder -> {
            assertThat(holder.idType()).isEqualTo("TVA");
            assertThat(holder.identifier()).isEqualTo("BE0777777777");
            assertThat(holder.toCheck()).isEqualTo(DecpImport.CHECK_RESERVED);
        });

        // two lots, a group of three on lot 1 (one of them Luxembourgish), a declared subcontract, two modifications
        Contract school = contract("PUB-003");
        assertThat(school.lots()).extracting(Lot::number, Lot::title, Lot::awardeeSiret).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Gros œuvre", "55210055400013"),
                org.assertj.core.groups.Tuple.tuple(2, "Peinture", "60100007000073"));
        assertThat(school.lots()).extracting(Lot::amountExclTax).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("600000"), new BigDecimal("300000"));
        assertThat(school.lots()).allMatch(lot -> lot.clauseAnnounced() && lot.criterionAnnounced());
        assertThat(school.awardees()).extracting(ContractAwardee::lotNumber, ContractAwardee::role,
                        ContractAwardee::identifier, ContractAwardee::structureId, ContractAwardee::toCheck)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Role.HOLDER, "55210055400013", null, null),
                        org.assertj.core.groups.Tuple.tuple(1, Role.CO_CONTRACTOR, EI, ei, null),
                        org.assertj.core.groups.Tuple.tuple(1, Role.CO_CONTRACTOR, "LU12345678", null,
                                DecpImport.CHECK_NOT_SIRET),
                        org.assertj.core.groups.Tuple.tuple(2, Role.HOLDER, "60100007000073", null, null),
                        org.assertj.core.groups.Tuple.tuple(1, Role.SUBCONTRACTOR, EI, ei, null));
        assertThat(school.awardees().getLast().amountExclTax()).isEqualByComparingTo("45000");
        assertThat(school.modifications()).containsExactly(
                new ContractModification("1", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5),
                        new BigDecimal("950000.00"), null),
                new ContractModification("2", LocalDate.of(2026, 11, 2), null, null, 20));
        // the contract keeps its published terms; its history says what they are now
        assertThat(school.amountExclTax()).isEqualByComparingTo("900000");
        assertThat(school.durationMonths()).isEqualTo(18);
        assertThat(school.currentAmountExclTax()).isEqualByComparingTo("950000");
        assertThat(school.currentDurationMonths()).isEqualTo(20);

        // reserved to a registered EI: confirmed, nothing to check
        Contract halls = contract("PUB-006");
        assertThat(halls.awardeeToCheck()).isFalse();
        assertThat(halls.lots().getFirst().reservation()).isEqualTo(Reservation.SIAE);
        assertThat(halls.lots().getFirst().awardeeStructureId()).isEqualTo(ei);

        // the grid's filter finds the three to check
        assertThat(register.findAll(new ContractFilter("PUB-", null, null, true), Sort.by("reference")))
                .extracting(Contract::reference).containsExactly("PUB-001", "PUB-002", "PUB-003");

        // the same file again changes nothing
        Preview again = decpImport.preview("publie.json", DecpImportTest.file("messy-published.json"));
        assertThat(again.lines()).extracting(Verdict::reason).containsExactly(DecpImport.UNCHANGED,
                DecpImport.UNCHANGED, DecpImport.UNCHANGED, "decp.reason.lot", "decp.reason.modification",
                DecpImport.UNCHANGED);
        assertThat(again.skippedCount()).isEqualTo(4);
        assertThat(again.rejected()).isEqualTo(2);
        Long versionBefore = contract("PUB-003").version();
        assertThat(decpImport.apply(again)).isZero();
        assertThat(contract("PUB-003").version()).isEqualTo(versionBefore);

        // the procurement department sets lot 1's clause; then a newer version adds a third modification
        Contract withClause = register.setClause(contract("PUB-003"), school.lots().getFirst().id(),
                HoursTarget.amountBased(new BigDecimal("600000"), new BigDecimal("50"), new BigDecimal("30"),
                        new BigDecimal("5")), new BigDecimal("60"), "MASONRY");
        UUID clauseId = withClause.lots().getFirst().clause().id();
        String newer = new String(DecpImportTest.file("messy-published.json"), UTF_8)
                .replace("\"datePublicationDonnees\": \"2026-04-15\"", "\"datePublicationDonnees\": \"2026-11-10\"")
                .replace("{\"modification\": {\"id\": \"2\", \"dureeMois\": 20, \"dateNotificationModification\": \"2026-11-02\"}}",
                        "{\"modification\": {\"id\": \"2\", \"dureeMois\": 20, \"dateNotificationModification\": \"2026-11-02\"}},"
                                + "{\"modification\": {\"id\": \"3\", \"montant\": 980000, \"dateNotificationModification\": \"2026-11-09\"}}")
                .replace("\"objet\": \"Peinture\"", "\"objet\": \"Peinture et revêtements\"");
        Preview update = decpImport.preview("publie-v2.json", newer.getBytes(UTF_8));
        assertThat(update.lines().get(2).updates()).isTrue();
        assertThat(update.lines()).filteredOn(Verdict::accepted).hasSize(1);

        scenario.stimulate(() -> decpImport.apply(update))
                .andWaitForEventOfType(LotChanged.class)
                .matching(event -> event.lot().title().equals("Peinture et revêtements"))
                .toArriveAndVerify(event -> assertThat(event.lot().number()).isEqualTo(2));

        Contract updated = contract("PUB-003");
        assertThat(updated.modifications()).hasSize(3);
        assertThat(updated.currentAmountExclTax()).isEqualByComparingTo("980000");
        assertThat(updated.decpPublishedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(updated.lots().getFirst().id()).isEqualTo(school.lots().getFirst().id());
        assertThat(updated.lots().getFirst().clause().id()).isEqualTo(clauseId);
        assertThat(updated.lots().getFirst().clause().targetHours()).isEqualTo(500);
        assertThat(updated.lots().get(1).title()).isEqualTo("Peinture et revêtements");

        // the first version again, read after the newer one: older, skipped
        Preview older = decpImport.preview("publie.json", DecpImportTest.file("messy-published.json"));
        assertThat(older.lines().get(2).reason()).isEqualTo(DecpImport.OLDER);
        assertThat(older.lines().get(2).detail()).isEqualTo("2026-11-10");
        assertThat(decpImport.apply(older)).isZero();
        assertThat(contract("PUB-003").modifications()).hasSize(3);
    }

    @Test
    void theExportWritesEveryFieldTheRegisterHolds() throws IOException {
        if (register.count(new ContractFilter("PUB-003", null, null)) == 0) {
            decpImport.apply(decpImport.preview("publie.json", DecpImportTest.file("messy-published.json")));
        }
        JsonNode marches = mapper.readTree(decpExport.cityContracts()).path("marches").path("marche");
        JsonNode school = List.copyOf(marches.values()).stream()
                .filter(m -> m.path("id").asString().equals("PUB-003")).findFirst().orElseThrow();

        assertThat(school.path("titulaires").size()).isEqualTo(4);
        assertThat(school.path("titulaires").get(2).path("titulaire").path("typeIdentifiant").asString())
                .isEqualTo("TVA");
        assertThat(school.path("titulaires").get(2).path("titulaire").path("id").asString()).isEqualTo("LU12345678");
        assertThat(school.path("lots").size()).isEqualTo(2);
        assertThat(school.path("lots").get(0).path("titulaires").size()).isEqualTo(3);
        assertThat(school.path("actesSousTraitance").get(0).path("acteSousTraitance").path("sousTraitant")
                .path("id").asString()).isEqualTo(EI);
        assertThat(school.path("actesSousTraitance").get(0).path("acteSousTraitance").path("montant").asInt())
                .isEqualTo(45000);
        assertThat(school.path("modifications").get(0).path("modification").path("montant").asInt())
                .isEqualTo(950000);
        assertThat(school.path("modifications").get(1).path("modification").path("dureeMois").asInt())
                .isEqualTo(20);
        assertThat(school.path("datePublicationDonnees").asString()).isNotBlank();

        // read back, the export gives the same lots, awardees and history
        DecpMarche readBack = new DecpReader(mapper).read(mapper.writeValueAsBytes(List.of(school))).getFirst();
        assertThat(readBack.lots()).hasSize(2);
        assertThat(readBack.lots().getFirst().awardees()).extracting(DecpMarche.Awardee::id)
                .containsExactly("55210055400013", EI, "LU12345678");
        assertThat(readBack.subcontracts()).singleElement().satisfies(s -> assertThat(s.amount()).isEqualTo("45000"));
        assertThat(readBack.modifications()).hasSizeGreaterThanOrEqualTo(2);
    }
}
