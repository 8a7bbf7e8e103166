package fr.nanterre.insertion.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractRow;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/** The contracts' grid with its "awardee to check" filter and its lots, and a contract's published awardees. */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ContractsView.class)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class PublishedContractsViewTest extends SpringBrowserlessTest {

    private static final String FILE = """
            {"marches": {"marche": [
              {"id": "UIP-001", "acheteur": {"id": "21920050200019"}, "objet": "Blanchisserie réservée",
               "montant": 60000, "dureeMois": 24, "dateNotification": "2026-03-01",
               "titulaires": [{"id": "BE0777777777", "typeIdentifiant": "TVA", "denominationSociale": "Blanchisserie de Wallonie"}],
               "considerationsSociales": ["Marché réservé"]},
              {"id": "UIP-002", "acheteur": {"id": "21920050200019"}, "objet": "École en deux lots",
               "montant": 900000, "dureeMois": 18, "dateNotification": "2026-04-01",
               "lots": [
                 {"numero": 1, "objet": "Gros œuvre", "montant": 600000,
                  "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "55210055400013", "denominationSociale": "Bâtiments de l'Ouest"}},
                                 {"titulaire": {"typeIdentifiant": "SIRET", "id": "60100001000012", "denominationSociale": "Co-traitant SARL"}}]},
                 {"numero": 2, "objet": "Peinture", "montant": 300000,
                  "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "60100007000073"}}]}],
               "modifications": [{"modification": {"id": "1", "montant": 950000, "dureeMois": 20,
                                                   "dateNotificationModification": "2026-09-01"}}],
               "considerationsSociales": "Clause sociale"}
            ]}}""";

    @Autowired
    DecpImport decpImport;
    @Autowired
    ContractRegister register;

    @BeforeEach
    void inFrenchWithTheFileImported() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        if (register.count(new ContractFilter("UIP-", null, null)) == 0) {
            decpImport.apply(decpImport.preview("uip.json", FILE.getBytes(StandardCharsets.UTF_8)));
            Contract byHand = register.plan(new ContractDetails("UIP-003", "Saisi à la main avec clause",
                    ContractDetails.CITY, null, Procedure.ADAPTED, "45214200", Ccag.WORKS, new BigDecimal("1000000"),
                    12, LocalDate.of(2027, 2, 1)));
            byHand = register.putLot(byHand, null, new LotDetails(1, "Lot unique", new BigDecimal("1000000"),
                    Reservation.NONE, false, null, null));
            register.setClause(byHand, byHand.lots().getFirst().id(), HoursTarget.amountBased(
                    new BigDecimal("1000000"), new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("5")),
                    new BigDecimal("45"), "MASONRY");
        }
    }

    @Test
    void theGridsPageShowsEachContractsLotsAndTheFilterFindsTheAwardeesToCheck() {
        ContractsView view = navigate(ContractsView.class);
        test(view.search).setValue("UIP-");

        assertThat(test(view.grid).size()).isEqualTo(3);
        ContractRow twoLots = test(view.grid).getRow(1);
        assertThat(twoLots.reference()).isEqualTo("UIP-002");
        assertThat(twoLots.lotCount()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(1, column(view.grid, "lots"))).isEqualTo("1. Gros œuvre · 2. Peinture");
        assertThat(test(view.grid).getCellText(0, column(view.grid, "lots"))).isEqualTo("1. Blanchisserie réservée");
        // 1,000,000 € × 50 % ÷ 30 €/h × 5 % = 833 h
        assertThat(test(view.grid).getCellText(2, column(view.grid, "lots"))).isEqualTo("1. Lot unique");
        assertThat(test(view.grid).getCellText(2, column(view.grid, "targetHours"))).isEqualTo("833");
        // a page of the grid, as the grid asks for it: the same lots
        assertThat(register.rows(new ContractFilter("UIP-", null, null), PageRequest.of(1, 2, Sort.by("reference"))))
                .singleElement().satisfies(row -> {
                    assertThat(row.reference()).isEqualTo("UIP-003");
                    assertThat(row.lots()).isEqualTo("1. Lot unique");
                    assertThat(row.targetHours()).isEqualTo(833);
                });

        test(view.toCheck).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).reference()).isEqualTo("UIP-001");
        assertThat(test(view.grid).getCellText(0, column(view.grid, "toCheck"))).isEqualTo("Titulaire à vérifier");
    }

    @Test
    void aContractShowsItsPublishedAwardeesWhatIsToCheckAndItsModifications() {
        Contract laundry = register.findAll(new ContractFilter("UIP-001", null, null), Sort.by("reference")).getFirst();
        ContractView view = navigate("marches/" + laundry.id(), ContractView.class);

        assertThat(view.toCheck.isVisible()).isTrue();
        assertThat(view.toCheck.getText()).isEqualTo("Titulaire à vérifier");
        assertThat(test(view.awardees).size()).isEqualTo(1);
        assertThat(test(view.awardees).getCellText(0, column(view.awardees, "check")))
                .isEqualTo("marché réservé : le titulaire n'est pas une SIAE ni une EA/ESAT enregistrée");

        Contract school = register.findAll(new ContractFilter("UIP-002", null, null), Sort.by("reference")).getFirst();
        view = navigate("marches/" + school.id(), ContractView.class);
        assertThat(view.toCheck.isVisible()).isFalse();
        assertThat(test(view.lots).size()).isEqualTo(2);
        assertThat(test(view.awardees).size()).isEqualTo(3);
        assertThat(test(view.awardees).getCellText(1, column(view.awardees, "role"))).isEqualTo("Cotraitant");
        assertThat(test(view.awardees).getCellText(1, column(view.awardees, "check")))
                .isEqualTo("Rien à vérifier");
        assertThat(test(view.modifications).size()).isEqualTo(1);
        assertThat(test(view.modifications).getCellText(0, column(view.modifications, "duration")))
                .isEqualTo("20 mois");
    }

    @Test
    void reimportingTheSameFileSaysEveryContractIsUpToDate() {
        navigate(ContractsView.class);
        test($(com.vaadin.flow.component.button.Button.class).withText("Importer (DECP)").single()).click();
        DecpImportDialog dialog = $(DecpImportDialog.class).single();
        dialog.show(decpImport.preview("uip.json", FILE.getBytes(StandardCharsets.UTF_8)));

        assertThat(dialog.summary.getText()).isEqualTo("0 marché(s) valide(s), 0 rejeté(s), 2 déjà à jour.");
        assertThat(test(dialog.lines).getCellText(0, 3))
                .isEqualTo("Ignoré : déjà importé dans cette version : rien ne change");
        assertThat(dialog.importValid.isEnabled()).isFalse();
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }

    /** The index of a grid's column, found by its key. */
    private static int column(com.vaadin.flow.component.grid.Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }
}
