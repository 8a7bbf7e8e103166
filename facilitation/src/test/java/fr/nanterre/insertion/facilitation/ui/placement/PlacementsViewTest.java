package fr.nanterre.insertion.facilitation.ui.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = PlacementsView.class)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class PlacementsViewTest extends SpringBrowserlessTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 2);

    @Autowired
    PlacementBook placements;
    @Autowired
    FollowedClauses clauses;
    @Autowired
    Ledger ledger;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private FollowedClause followedClause(String contract) {
        return clauses.find(TestData.followedClause(jdbc, contract, START.minusMonths(1))).orElseThrow();
    }

    private Placement placed(FollowedClause clause) {
        String reference = TestData.enrolled(participants, jdbc, "Écran", TestData.rsa(START.minusDays(10)))
                .reference();
        return placements.place(new NewPlacement(reference, "55210055400013", "Bâtir Seine SA", Modality.DIRECT_HIRE,
                null, START, null, List.of(new ClauseShare(clause.clauseId(), new BigDecimal("100"))), null));
    }

    /** The placements screen, on that placement's file (found by its reference and opened from the grid). */
    private PlacementDialog fileOf(Placement placement) {
        PlacementsView view = navigate(PlacementsView.class);
        view.search.setValue(placement.participantReference());
        test(view.grid).clickRow(0);
        return $(PlacementDialog.class).single();
    }

    /** Issue 12's drill-down: a dashboard's bar opens the placements of that month and modality, filters shown. */
    @Test
    void theDashboardsDrillDownShowsOnlyThePlacementsWithHoursThatMonthInThatModality() {
        LocalDate march = LocalDate.of(2019, 3, 1);
        FollowedClause clause = followedClause("ECRAN-DRILL");
        String buyer = clause.buyer();
        Placement direct = placedOn(clause, Modality.DIRECT_HIRE, march);
        Placement provided = placedOn(clause, Modality.PROVISION, march);
        Placement april = placedOn(clause, Modality.DIRECT_HIRE, march);
        ledger.enter(direct.id(), YearMonth.of(2019, 3), new BigDecimal("120"));
        ledger.enter(provided.id(), YearMonth.of(2019, 3), new BigDecimal("80"));
        ledger.enter(april.id(), YearMonth.of(2019, 3), BigDecimal.ZERO);
        ledger.enter(april.id(), YearMonth.of(2019, 4), new BigDecimal("60"));

        UI.getCurrent().navigate("placements", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("mois", "2019-03", "modalite", "DIRECT_HIRE")));
        PlacementsView view = $(PlacementsView.class).single();
        assertThat(view.months.getValue()).isEqualTo("2019-03");
        assertThat(view.modality.getValue()).isEqualTo(Modality.DIRECT_HIRE);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(direct.participantReference());

        UI.getCurrent().navigate("placements", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("mois", "2019-03", "mois-au", "2019-04", "acheteur", buyer)));
        view = $(PlacementsView.class).single();
        assertThat(view.months.getValue()).isEqualTo("2019-03 – 2019-04");
        assertThat(view.buyer.getValue()).isEqualTo(buyer);
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            shown.add(test(view.grid).getCellText(row, 0));
        }
        assertThat(shown).contains(direct.participantReference(), provided.participantReference(),
                april.participantReference());

        UI.getCurrent().navigate("placements", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("mois", "mars", "modalite", "NOPE")));
        view = $(PlacementsView.class).single();
        assertThat(view.months.isVisible()).as("a value it cannot read is ignored").isFalse();
        assertThat(view.modality.getValue()).isNull();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
    }

    private Placement placedOn(FollowedClause clause, Modality modality, LocalDate start) {
        String reference = TestData.enrolled(participants, jdbc, "Descente", TestData.rsa(start.minusDays(10)))
                .reference();
        return placements.place(new NewPlacement(reference, "55210055400013", "Bâtir Seine SA", modality,
                null, start, null, List.of(new ClauseShare(clause.clauseId(), new BigDecimal("100"))), null));
    }

    @Test
    void sharesThatDoNotMakeOneHundredPercentAreShownAndNothingIsSaved() {
        FollowedClause first = followedClause("ECRAN-PARTS-1");
        FollowedClause second = followedClause("ECRAN-PARTS-2");
        PlacementsView view = navigate(PlacementsView.class);
        test(view.place).click();
        PlacementForm form = $(PlacementForm.class).single();
        form.reference.setValue("P-2026-999999");
        form.employerName.setValue("Bâtir Seine SA");
        form.start.setValue(START);
        form.shares.rows.getFirst().clause.setValue(first);
        assertThat(form.employerSiret.getValue()).as("the awardee's SIRET").isEqualTo("55210055400013");
        form.shares.rows.getFirst().percent.setValue(new BigDecimal("60"));
        test(form.shares.addClause).click();
        form.shares.rows.get(1).clause.setValue(second);
        form.shares.rows.get(1).percent.setValue(new BigDecimal("30"));

        test(form.save).click();
        assertThat(form.shares.total.getText()).isEqualTo("Total des parts : 90 % (il doit faire 100 %)");
        assertThat(form.isOpened()).isTrue();

        form.shares.rows.get(1).clause.setValue(first);
        form.shares.rows.get(1).percent.setValue(new BigDecimal("40"));
        test(form.save).click();
        assertThat(form.shares.rows.get(1).clause.getErrorMessage()).isEqualTo("Cette clause est déjà choisie");
        assertThat(form.shares.rows.get(1).clause.isInvalid()).isTrue();

        form.shares.rows.get(1).clause.setValue(second);
        test(form.save).click();
        assertThat(form.reference.isInvalid()).as("the checks pass, then partners does not know this reference")
                .isTrue();
        assertThat(form.reference.getErrorMessage()).isEqualTo("Aucun participant n'a cette référence");
    }

    @Test
    void aPlacementChangedFromItsFileShowsWhatItHoldsAndKeepsTheChange() {
        FollowedClause clause = followedClause("ECRAN-MODIF");
        Placement placement = placed(clause);
        test(fileOf(placement).edit).click();
        PlacementForm form = $(PlacementForm.class).single();
        assertThat(form.reference.getValue()).isEqualTo(placement.participantReference());
        assertThat(form.reference.isReadOnly()).isTrue();
        assertThat(form.start.getValue()).isEqualTo(START);
        assertThat(form.start.isReadOnly()).isTrue();
        assertThat(form.employerName.getValue()).isEqualTo("Bâtir Seine SA");
        assertThat(form.shares.rows).hasSize(1);
        assertThat(form.shares.rows.getFirst().clause.getValue()).isEqualTo(clause);
        assertThat(form.shares.rows.getFirst().percent.getValue()).isEqualTo(new BigDecimal("100"));

        form.end.setValue(START.minusDays(1));
        test(form.save).click();
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("La fin précède le début");
        assertThat(form.isOpened()).isTrue();

        form.end.setValue(START.plusMonths(6));
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(placements.open(placement.id()).orElseThrow().endDate()).isEqualTo(START.plusMonths(6));
    }

    @Test
    void hoursEnteredByHandInAPlacementsFileAreCheckedAndCountAtOnce() {
        FollowedClause clause = followedClause("ECRAN-HEURES");
        Placement placement = placed(clause);
        PlacementDialog dialog = fileOf(placement);
        assertThat(dialog.criteria.getElement().getTextRecursively())
                .isEqualTo("Bénéficiaire du RSA (niveau 1) : justificatif du 23/01/2026, valable jusqu'au 24/04/2026");
        assertThat(test(dialog.hours).size()).isZero();

        dialog.month.setValue(YearMonth.of(2026, 3));
        dialog.entered.setValue(new BigDecimal("250"));
        test(dialog.enter).click();
        assertThat(dialog.entered.isInvalid()).isTrue();
        assertThat(dialog.entered.getErrorMessage()).isEqualTo("Entre 0 et 220 heures dans un mois");

        dialog.entered.setValue(new BigDecimal("151.67"));
        test(dialog.enter).click();
        assertThat(test(dialog.hours).size()).isEqualTo(1);
        assertThat(test(dialog.hours).getCellText(0, 0)).isEqualTo("03/2026");
        assertThat(test(dialog.hours).getCellText(0, 1)).isEqualTo("151,67");
        assertThat(test(dialog.hours).getCellText(0, 2)).isEqualTo("Saisie manuelle par f.mef");
        assertThat(test(dialog.hours).getCellText(0, 3)).isEqualTo("Oui");
        assertThat(ledger.progressOf(List.of(clause.clauseId())).get(clause.clauseId()).realisedHours())
                .isEqualByComparingTo("151.67");
    }

    @Test
    void aPlacementsFileShowsWhereTheParticipantLivedWhenItStarted() {
        Placement placement = placed(followedClause("ECRAN-RESIDENCE"));
        PlacementsView view = navigate(PlacementsView.class);
        view.search.setValue(placement.participantReference());
        test(view.grid).clickRow(0);
        assertThat($(PlacementDialog.class).single().residence.getText())
                .isEqualTo("Résidence au démarrage : Nanterre, QPV");
        $(PlacementDialog.class).single().close();

        // a placement made before the profile was kept
        jdbc.sql("update facilitation.placement set start_residence = null, start_sex = null, start_age_band = null "
                + "where id = ?").param(placement.id()).update();
        test(view.grid).clickRow(0);
        assertThat($(PlacementDialog.class).single().residence.getText())
                .isEqualTo("Résidence au démarrage : non relevée (mise à l'emploi antérieure à ce relevé)");
    }
}
