package fr.nanterre.insertion.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.recommend.OptionKind;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Option;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** From a planned purchase of the plan to a recommendation, to the contract's considerations. */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = PlanView.class)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class RecommendDialogTest extends SpringBrowserlessTest {

    private static final LocalDate PLANNED = LocalDate.of(2027, 3, 1);

    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private static ContractDetails details(String reference, String cpv, String amount) {
        return new ContractDetails(reference, "Peinture de l'école " + reference, ContractDetails.CITY, null,
                Procedure.ADAPTED, cpv, Ccag.WORKS, new BigDecimal(amount), 12, PLANNED);
    }

    /**
     * A painting EI of 3,500 h a year that holds a lot of 45,000 € for 12 months: 1,050 h, 30 % busy. Its activity,
     * the CPV family 454422, is not that of the painters of other tests in the same database.
     */
    private void busyPainter(String name, String siret) {
        structures.register(StructureDetails.of(name, StructureKind.EI, siret)
                .withSupply(List.of("454422"), 3, 3500));
        Contract held = register.plan(new ContractDetails("UIR-HELD-" + siret, "Peinture tenue", ContractDetails.CITY,
                null, Procedure.ADAPTED, "45442200", Ccag.WORKS, new BigDecimal("45000"), 12, null));
        held = register.putLot(held, null, new LotDetails(1, "Peinture", new BigDecimal("45000"), Reservation.SIAE,
                false, null, null));
        held = register.awardLot(held, held.lots().getFirst().id(), siret, "");
        register.award(held, LocalDate.of(2026, 1, 5));
    }

    private RecommendDialog openFor(String reference) {
        PlanView plan = navigate(PlanView.class);
        test(plan.year).setValue(PLANNED.getYear());
        int row = 0;
        while (!test(plan.grid).getRow(row).reference().equals(reference)) {
            row++;
        }
        test((Button) test(plan.grid).getCellComponent(row, "recommend")).click();
        return $(RecommendDialog.class).single();
    }

    @Test
    void badInputIsSaidNextToItsField() {
        register.plan(details("UIR-BAD", "45442100", "1000"));
        RecommendDialog dialog = openFor("UIR-BAD");
        test(dialog.cpv).setValue("12345678");
        test(dialog.amount).setValue(BigDecimal.ZERO);
        test(dialog.duration).setValue(0);
        test(dialog.recommend).click();

        assertThat(dialog.cpv.isInvalid()).isTrue();
        assertThat(dialog.cpv.getErrorMessage()).isEqualTo(
                "Ce code CPV n'existe pas (8 chiffres d'une division du CPV, par exemple 45442100)");
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("Le montant estimé doit être supérieur à 0");
        assertThat(dialog.duration.getErrorMessage()).isEqualTo("La durée doit être d'au moins un mois");
        assertThat(dialog.options.isVisible()).isFalse();
    }

    @Test
    void aPlannedPaintingPurchaseGetsAReservedLotAndOneClickSplitsTheContract() {
        busyPainter("EI Arc-en-ciel UI", "94094094000094");
        busyPainter("EI Badigeon UI", "95095095000095");
        busyPainter("EI Camaïeu UI", "96096096000096");
        register.plan(details("UIR-PAINT", "45442200", "400000"));

        RecommendDialog dialog = openFor("UIR-PAINT");
        assertThat(dialog.cpv.getValue()).isEqualTo("45442200");
        assertThat(dialog.amount.getValue()).isEqualByComparingTo("400000");
        test(dialog.recommend).click();

        assertThat(dialog.figures.getText()).startsWith("Métier : PAINTING – part de main-d'œuvre 70 %");
        Option first = test(dialog.options).getRow(0);
        assertThat(first.kind()).isEqualTo(OptionKind.RESERVED_LOT);
        assertThat(dialog.label(first)).isEqualTo("Lot réservé (SIAE)");
        assertThat(test(dialog.options).getCellText(0, column(dialog.options, "forecast"))).isEqualTo("4667");
        assertThat(dialog.structures(first)).contains("EI Arc-en-ciel UI (2", "chargée à 30 %");
        assertThat(dialog.reason(first)).startsWith("3 structure(s) SIAE ont 7").contains("79 %");
        assertThat(dialog.label(test(dialog.options).getRow(1))).isEqualTo("Clause d'exécution (heures d'insertion)");
        assertThat(dialog.reason(test(dialog.options).getRow(1)))
                .startsWith("Calculette : 400").contains("× 70 % ÷ 30 €/h × 5 % = 467 h.");

        test($(Button.class, test(dialog.options).getCellComponent(0, "apply")).single()).click();

        assertThat(dialog.isOpened()).isFalse();
        Contract applied = register.findAll(new fr.nanterre.insertion.procurement.contract.ContractFilter(
                "UIR-PAINT", null, null), org.springframework.data.domain.Sort.by("reference")).getFirst();
        assertThat(applied.lots()).extracting(Lot::reservation).containsExactly(Reservation.NONE, Reservation.SIAE);
    }

    @Test
    @WithMockUser(roles = Roles.FACILITATOR)
    void aFacilitatorReadsTheRecommendationButCannotApplyIt() {
        var facilitator = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("acheteur", null,
                "ROLE_" + Roles.PROCUREMENT));
        register.plan(details("UIR-READ", "90910000", "120000"));
        SecurityContextHolder.getContext().setAuthentication(facilitator);

        RecommendDialog dialog = openFor("UIR-READ");
        test(dialog.recommend).click();

        assertThat(test(dialog.options).size()).isEqualTo(5);
        for (int row = 0; row < 5; row++) {
            assertThat(test(dialog.options).getCellComponent(row, "apply").getChildren()).isEmpty();
        }
    }

    /** The index of a grid's column, found by its key. */
    private static int column(com.vaadin.flow.component.grid.Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }
}
