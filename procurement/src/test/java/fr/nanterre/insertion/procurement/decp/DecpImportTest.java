package fr.nanterre.insertion.procurement.decp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractStatus;
import fr.nanterre.insertion.procurement.contract.DuplicateContractException;
import fr.nanterre.insertion.procurement.contract.Lot;
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
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class DecpImportTest {

    private static final String CITY_SIRET = "21920050200019";

    @Autowired
    DecpImport decpImport;
    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;
    @Autowired
    JdbcClient jdbc;

    static byte[] file(String name) throws IOException {
        try (InputStream in = DecpImportTest.class.getResourceAsStream("/decp/" + name)) {
            return in.readAllBytes();
        }
    }

    private Contract contract(String buyer, String reference) {
        return register.findAll(new ContractFilter(reference, null, buyer), Sort.by("reference")).stream()
                .filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
    }

    private static ImportedContract accepted(Preview preview, String reference) {
        return preview.lines().stream().filter(Verdict::accepted).map(Verdict::contract)
                .filter(c -> c.details().reference().equals(reference)).findFirst().orElseThrow();
    }

    /** A clause, a criterion, a reservation, an insertion contract, or one of them announced by the open data. */
    private static boolean hasSocialConsideration(Lot lot) {
        return lot.clause() != null || lot.criterion() != null || lot.reservation() != Reservation.NONE
                || lot.insertionContract() || lot.clauseAnnounced() || lot.criterionAnnounced();
    }

    @Test
    void aValidFileBecomesContractsWithOneLotEachAndTheNotifiedOnesAreAwarded(Scenario scenario) throws IOException {
        UUID ei = structures.register(StructureDetails.of("Régie Propreté Insertion", StructureKind.EI,
                "60100001000012")).id();
        UUID employer = structures.register(StructureDetails.of("Routes de France", StructureKind.EMPLOYER,
                "60100003000036")).id();
        UUID esat = structures.register(StructureDetails.of("ESAT Les Ateliers", StructureKind.ESAT,
                "60100005000059")).id();

        Preview preview = decpImport.preview("decp-2026.json", file("valid.json"));
        assertThat(preview.fileError()).isNull();
        assertThat(preview.lines()).hasSize(5).allMatch(Verdict::accepted).noneMatch(Verdict::siretWarning);

        ImportedContract gym = accepted(preview, "VAL-2026-001");
        assertThat(gym.details()).isEqualTo(new ContractDetails("VAL-2026-001", "Réhabilitation du gymnase Voltaire",
                ContractDetails.CITY, CITY_SIRET, Procedure.OPEN_TENDER, "45000000", Ccag.WORKS,
                new BigDecimal("1250000.00"), 18, null));
        assertThat(gym.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(gym.lot()).usingRecursiveComparison().ignoringFields("id").isEqualTo(new Lot(UUID.randomUUID(),
                1, "Réhabilitation du gymnase Voltaire", new BigDecimal("1250000.00"), "55210055400013",
                "55210055400013", null, Reservation.NONE, false, null, null, true, true));

        ImportedContract greenSpaces = accepted(preview, "VAL-2026-002");
        assertThat(greenSpaces.details().buyer()).isEqualTo("Hauts-de-Seine Habitat");
        assertThat(greenSpaces.details().buyerId()).isEqualTo("27920001400015");
        assertThat(greenSpaces.details().ccag()).isEqualTo(Ccag.SUPPLIES_AND_SERVICES);
        assertThat(greenSpaces.details().amountExclTax()).isEqualByComparingTo("240000.50");
        assertThat(greenSpaces.notifiedOn()).isNull();
        assertThat(greenSpaces.lot().awardeeName()).isNull();
        assertThat(hasSocialConsideration(greenSpaces.lot())).isFalse();

        Lot cleaning = accepted(preview, "VAL-2026-003").lot();
        assertThat(cleaning.reservation()).isEqualTo(Reservation.SIAE);
        assertThat(cleaning.awardeeStructureId()).isEqualTo(ei);
        assertThat(cleaning.awardeeName()).isEqualTo("Régie Propreté Insertion");
        // the first titulaire is the awardee, linked to partners although the lot is not reserved
        Lot roads = accepted(preview, "VAL-2026-004").lot();
        assertThat(roads.awardeeStructureId()).isEqualTo(employer);
        assertThat(roads.awardeeName()).isEqualTo("Routes de France");
        assertThat(roads.clauseAnnounced()).isTrue();
        Lot mail = accepted(preview, "VAL-2026-005").lot();
        assertThat(mail.reservation()).isEqualTo(Reservation.EA_ESAT);
        assertThat(mail.awardeeStructureId()).isEqualTo(esat);

        scenario.stimulate(() -> decpImport.apply(preview))
                .andWaitForEventOfType(ContractAwarded.class)
                .matching(event -> event.reference().equals("VAL-2026-001"))
                .toArriveAndVerify(event -> {
                    assertThat(event.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
                    assertThat(event.durationMonths()).isEqualTo(18);
                    assertThat(event.lots()).singleElement().satisfies(lot -> {
                        assertThat(lot.awardeeSiret()).isEqualTo("55210055400013");
                        assertThat(lot.clauseId()).isNull();
                        assertThat(lot.targetHours()).isZero();
                    });
                });

        Contract awarded = contract(ContractDetails.CITY, "VAL-2026-001");
        assertThat(awarded.status()).isEqualTo(ContractStatus.AWARDED);
        assertThat(awarded.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(awarded.lots()).singleElement().usingRecursiveComparison().isEqualTo(gym.lot());
        assertThat(awarded.details().cpvCode()).isEqualTo("45000000");
        assertThat(contract("Hauts-de-Seine Habitat", "VAL-2026-002").status()).isEqualTo(ContractStatus.PLANNED);
        assertThat(contract(ContractDetails.CITY, "VAL-2026-003").lots().getFirst().reservation())
                .isEqualTo(Reservation.SIAE);

        // the same file again: every marché is registered already in this version, and nothing changes
        Preview again = decpImport.preview("decp-2026.json", file("valid.json"));
        assertThat(again.lines()).extracting(Verdict::reason).containsOnly(DecpImport.UNCHANGED);
        assertThat(again.rejected()).isZero();
        assertThat(decpImport.apply(again)).isZero();
    }

    @Test
    void theVariantsSeenInTheWildAreRead() throws IOException {
        Preview bareList = decpImport.preview("a.json", file("messy-bare-list.json"));
        Preview marchesList = decpImport.preview("b.json", file("messy-marches-list.json"));
        Preview single = decpImport.preview("c.json", file("messy-single.json"));
        assertThat(List.of(bareList, marchesList, single)).allSatisfy(preview -> {
            assertThat(preview.fileError()).isNull();
            assertThat(preview.rejected()).isZero();
        });

        // a SIRET written with spaces, a procedure in capitals, an amount as "1 250 000,50", a duration as a
        // string, a date with its offset, a Belgian awardee known by its VAT number
        ImportedContract facades = accepted(bareList, "MSY-001");
        assertThat(facades.details().buyer()).isEqualTo(ContractDetails.CITY);
        assertThat(facades.details().buyerId()).isEqualTo(CITY_SIRET);
        assertThat(facades.details().cpvCode()).isEqualTo("45443000");
        assertThat(facades.details().procedure()).isEqualTo(Procedure.OPEN_TENDER);
        assertThat(facades.details().amountExclTax()).isEqualByComparingTo("1250000.50");
        assertThat(facades.details().durationMonths()).isEqualTo(24);
        assertThat(facades.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(facades.lot().awardeeSiret()).isNull();
        assertThat(facades.lot().awardeeName()).isEqualTo("TVA BE0123456789");
        assertThat(facades.lot().clauseAnnounced()).isTrue();
        assertThat(facades.lot().criterionAnnounced()).isFalse();

        // another buyer known by its SIRET only, no CPV, no procedure, 6.0 months, a company outside the EU
        ImportedContract study = accepted(bareList, "MSY-002");
        assertThat(study.details().buyer()).isEqualTo("Acheteur 20005372000014");
        assertThat(study.details().cpvCode()).isNull();
        assertThat(study.details().procedure()).isEqualTo(Procedure.OTHER);
        assertThat(study.details().amountExclTax()).isEqualByComparingTo("98000.50");
        assertThat(study.details().durationMonths()).isEqualTo(6);
        assertThat(study.notifiedOn()).isNull();
        assertThat(study.lot().awardeeName()).isEqualTo("Urban Studies Inc. HORS-UE US-884512");
        assertThat(study.lot().criterionAnnounced()).isTrue();

        // titulaires as {"titulaire": [...]}, considerations joined in one string, a SIRET failing its checksum
        Verdict meals = marchesList.lines().getFirst();
        assertThat(meals.siretWarning()).isTrue();
        assertThat(meals.contract().details().procedure()).isEqualTo(Procedure.NEGOTIATED_WITH_NOTICE);
        assertThat(meals.contract().details().ccag()).isEqualTo(Ccag.PROJECT_MANAGEMENT);
        assertThat(meals.contract().notifiedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(meals.contract().lot().awardeeSiret()).isEqualTo("60100004000044");
        assertThat(meals.contract().lot().clauseAnnounced()).isTrue();
        assertThat(meals.contract().lot().criterionAnnounced()).isTrue();

        // one marché instead of a list, an amount of 0, an unknown procedure, no considerations
        ImportedContract bungalows = accepted(single, "MSY-004");
        assertThat(bungalows.details().amountExclTax()).isEqualByComparingTo("0");
        assertThat(bungalows.details().procedure()).isEqualTo(Procedure.OTHER);
        assertThat(bungalows.lot().awardeeSiret()).isEqualTo("55210055400013");
        assertThat(hasSocialConsideration(bungalows.lot())).isFalse();

        assertThat(decpImport.apply(bareList) + decpImport.apply(marchesList) + decpImport.apply(single))
                .isEqualTo(4);
        Contract awardedAbroad = contract(ContractDetails.CITY, "MSY-001");
        assertThat(awardedAbroad.status()).isEqualTo(ContractStatus.AWARDED);
        assertThat(awardedAbroad.lots().getFirst().awardeeName()).isEqualTo("TVA BE0123456789");
    }

    @Test
    void eachRejectedMarcheSaysWhyAndTheOthersAreImported() throws IOException {
        register.plan(new ContractDetails("RJ-009", "Déjà enregistré", ContractDetails.CITY, CITY_SIRET,
                Procedure.ADAPTED, null, Ccag.NONE, BigDecimal.TEN, 12, null));
        structures.register(StructureDetails.of("Entreprise ordinaire", StructureKind.EMPLOYER, "60100002000029"));

        Preview preview = decpImport.preview("rejets.json", file("rejected.json"));

        assertThat(preview.lines()).extracting(Verdict::reason).containsExactly(
                "decp.reason.id",
                "decp.reason.object",
                "decp.reason.cpv",
                "decp.reason.amount-negative",
                "decp.reason.duration",
                "decp.reason.duration",
                null,
                "decp.reason.duplicate-in-file",
                "decp.reason.duplicate",
                null,
                "decp.reason.date",
                "decp.reason.awardee-missing",
                "decp.reason.amount",
                "decp.reason.buyer",
                null);
        assertThat(preview.lines().get(2).detail()).isEqualTo("4500000");
        assertThat(preview.lines().get(10).detail()).isEqualTo("15/03/2026");
        assertThat(preview.lines().get(7).read().object()).isEqualTo("Second du nom");
        assertThat(preview.rejected()).isEqualTo(12);
        // reserved to an ordinary company, or to a foreign one: the published record is kept, its awardee to check
        assertThat(preview.lines().get(9).contract().awardeeToCheck()).isTrue();
        assertThat(preview.lines().get(14).contract().awardeeToCheck()).isTrue();
        assertThat(preview.lines().get(14).contract().publication().awardees().getFirst().toCheck())
                .isEqualTo(DecpImport.CHECK_RESERVED);

        Properties french = bundle("fr");
        Properties english = bundle("en");
        assertThat(preview.lines()).extracting(Verdict::reason).filteredOn(reason -> reason != null)
                .allSatisfy(reason -> {
                    assertThat(french).containsKey(reason);
                    assertThat(english).containsKey(reason);
                });
        assertThat(french.keySet()).isEqualTo(english.keySet());

        assertThat(decpImport.apply(preview)).isEqualTo(3);
        assertThat(contract(ContractDetails.CITY, "RJ-007").object()).isEqualTo("Premier du nom");
        assertThat(contract(ContractDetails.CITY, "RJ-010").awardeeToCheck()).isTrue();
    }

    @Test
    void anUnreadableFileIsRefusedWholeAndAFileOfRejectsImportsNothing() throws IOException {
        Preview unreadable = decpImport.preview("coupé.json", file("unreadable.json"));
        assertThat(unreadable.fileError()).isEqualTo("decp.file.unreadable");
        assertThat(unreadable.lines()).isEmpty();
        assertThat(decpImport.apply(unreadable)).isZero();
        assertThat(decpImport.preview("vide.json", "{\"marches\": {\"marche\": []}}".getBytes(UTF_8)).fileError())
                .isEqualTo("decp.file.empty");
        assertThat(bundle("fr")).containsKeys("decp.file.unreadable", "decp.file.empty");

        Preview allRejected = decpImport.preview("rejets.json", file("all-rejected.json"));
        assertThat(allRejected.fileError()).isNull();
        assertThat(allRejected.lines()).extracting(Verdict::reason)
                .containsExactly("decp.reason.duration", "decp.reason.cpv");
        assertThat(decpImport.apply(allRejected)).isZero();
        assertThat(register.count(new ContractFilter("ALLRJ-", null, null))).isZero();
    }

    @Test
    void aContractRegisteredBetweenPreviewAndApplyCancelsTheWholeFile() {
        String file = """
                {"marches": {"marche": [
                  {"id": "HALF-001", "acheteur": {"id": "21920050200019"}, "objet": "Premier", "montant": 1000,
                   "dureeMois": 12, "dateNotification": "2026-03-01",
                   "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "55210055400013"}}]},
                  {"id": "HALF-002", "acheteur": {"id": "21920050200019"}, "objet": "Deuxième", "montant": 2000,
                   "dureeMois": 12},
                  {"id": "HALF-003", "acheteur": {"id": "21920050200019"}, "objet": "Troisième", "montant": 3000,
                   "dureeMois": 12, "considerationsSociales": ["Clause sociale"]}
                ]}}""";
        Preview preview = decpImport.preview("demi.json", file.getBytes(UTF_8));
        assertThat(preview.accepted()).hasSize(3);

        // someone registers one of them meanwhile
        Contract meanwhile = register.plan(new ContractDetails("HALF-002", "Saisi à la main", ContractDetails.CITY,
                null, Procedure.ADAPTED, null, Ccag.NONE, BigDecimal.ONE, 6, null));

        assertThatThrownBy(() -> decpImport.apply(preview)).isInstanceOf(DuplicateContractException.class);
        assertThat(jdbc.sql("select id from procurement.contract where reference like 'HALF-%'")
                .query(UUID.class).list()).containsExactly(meanwhile.id());
        assertThat(jdbc.sql("""
                        select count(*) from procurement.lot l join procurement.contract c on c.id = l.contract_id
                        where c.reference like 'HALF-%'""").query(Long.class).single()).isZero();
    }

    @Test
    @WithMockUser(roles = Roles.VIEWER)
    void viewersDoNotImport() {
        assertThatThrownBy(() -> decpImport.preview("a.json", "[]".getBytes(UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Properties bundle(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = DecpImportTest.class.getResourceAsStream("/i18n/decp/messages_" + language
                + ".properties")) {
            messages.load(new InputStreamReader(in, UTF_8));
        }
        return messages;
    }
}
