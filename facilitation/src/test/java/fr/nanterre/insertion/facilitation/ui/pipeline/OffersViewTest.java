package fr.nanterre.insertion.facilitation.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.OfferDetails;
import fr.nanterre.insertion.facilitation.pipeline.OfferFilter;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = OffersView.class)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class OffersViewTest extends SpringBrowserlessTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final int ACTIONS = 12;

    @Autowired
    CandidatePipeline pipeline;
    @Autowired
    PlacementBook placements;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private HorizontalLayout actions(com.vaadin.flow.component.grid.Grid<?> grid, int row, int column) {
        return (HorizontalLayout) test(grid).getCellComponent(row, column);
    }

    private void click(HorizontalLayout actions, String text) {
        test($(Button.class, actions).withText(text).single()).click();
    }

    @Test
    void anOfferWithTooManyHoursIsReportedNextToTheFieldAndSavedOnceCorrected() {
        TestData.followedClause(jdbc, "ECRAN-OFFRE-1", START.minusMonths(3));
        OffersView view = navigate(OffersView.class);
        test(view.create).click();
        OfferForm form = $(OfferForm.class).single();
        test(form.clause).selectItem("ECRAN-OFFRE-1 – lot 1 : Gros œuvre (833 h)");
        assertThat(form.employerSiret.getValue()).as("the clause's awardee").isEqualTo("55210055400013");
        test(form.employerName).setValue("Bâtir Seine SA");
        test(form.postTitle).setValue("Coffreur bancheur (écran)");
        test(form.hoursPerWeek).setValue(new BigDecimal("60"));
        test(form.start).setValue(START);
        test(form.end).setValue(START.minusDays(1));
        test(form.save).click();

        assertThat(form.hoursPerWeek.isInvalid()).isTrue();
        assertThat(form.hoursPerWeek.getErrorMessage())
                .isEqualTo("Plus de 0 et au plus 48 heures par semaine (durée maximale légale)");
        assertThat(form.end.getErrorMessage()).isEqualTo("La fin précède le début");
        assertThat(form.isOpened()).isTrue();
        assertThat(pipeline.countOffers(new OfferFilter("coffreur bancheur", null))).isZero();

        test(form.hoursPerWeek).setValue(new BigDecimal("35"));
        test(form.end).setValue(START.plusMonths(6));
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        test(view.search).setValue("coffreur bancheur");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ECRAN-OFFRE-1");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("0 / 1");
    }

    @Test
    void aCandidateIsReferredByReferenceThenMovedOnWithTheButtonsOfTheirRow() {
        JobOffer offer = pipeline.open(new OfferDetails(TestData.followedClause(jdbc, "ECRAN-OFFRE-2", START.minusMonths(3)), "55210055400013",
                "Bâtir Seine SA", "Maçon (boutons)", new BigDecimal("35"), START, null, 2));
        String reference = TestData.enrolled(participants, jdbc, "Boutons").reference();
        OffersView view = navigate(OffersView.class);
        test(view.search).setValue("macon (boutons)");
        click(actions(view.grid, 0, ACTIONS), "Candidats");
        OfferReferralsDialog dialog = $(OfferReferralsDialog.class).single();
        assertThat(dialog.positions.getText()).isEqualTo("Postes pourvus : 0 sur 2 · Ouverte");

        test(dialog.reference).setValue("P-1999-999999");
        test(dialog.refer).click();
        assertThat(dialog.reference.isInvalid()).isTrue();
        assertThat(dialog.reference.getErrorMessage()).isEqualTo("Aucun participant n'a cette référence");

        test(dialog.reference).setValue(reference);
        test(dialog.refer).click();
        assertThat(dialog.reference.isInvalid()).isFalse();
        assertThat(test(dialog.referrals).size()).isEqualTo(1);
        assertThat(test(dialog.referrals).getCellText(0, 1)).isEqualTo("Orienté");
        assertThat($(Button.class, actions(dialog.referrals, 0, 6)).all()).extracting(Button::getText)
                .as("a hire follows an interview").containsExactly("Entretien", "Non retenu");

        click(actions(dialog.referrals, 0, 6), "Entretien");
        assertThat(test(dialog.referrals).getCellText(0, 1)).as("not before confirmation").isEqualTo("Orienté");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(dialog.referrals).getCellText(0, 1)).isEqualTo("Entretien");

        click(actions(dialog.referrals, 0, 6), "Non retenu");
        Dialog reason = $(Dialog.class).last();
        Button confirm = $(Button.class, reason).withText("Non retenu").single();
        test(confirm).click();
        TextArea why = $(TextArea.class, reason).single();
        assertThat(why.getErrorMessage()).isEqualTo("Indiquez pourquoi le candidat n'est pas retenu");
        test(why).setValue("A décliné : horaires incompatibles");
        test(confirm).click();

        assertThat(test(dialog.referrals).getCellText(0, 1)).isEqualTo("Non retenu");
        assertThat(test(dialog.referrals).getCellText(0, 5)).isEqualTo("A décliné : horaires incompatibles");
        assertThat(test(view.grid).getCellText(0, 10)).as("the offer's not-retained count").isEqualTo("1");
        assertThat(pipeline.offer(offer.id()).orElseThrow().hired()).isZero();
    }

    @Test
    void hiringACandidateWhoIsNotEligibleAsksForAJustificationThenMakesThePlacement() {
        JobOffer offer = pipeline.open(new OfferDetails(TestData.followedClause(jdbc, "ECRAN-OFFRE-3", START.minusMonths(3)), "55210055400013",
                "Bâtir Seine SA", "Ferrailleur (embauche)", new BigDecimal("35"), START, START.plusMonths(3), 1));
        String reference = TestData.enrolled(participants, jdbc, "Embauche").reference();
        pipeline.interview(pipeline.refer(offer.id(), reference));
        OffersView view = navigate(OffersView.class);
        test(view.search).setValue("ferrailleur (embauche)");
        click(actions(view.grid, 0, ACTIONS), "Candidats");
        OfferReferralsDialog dialog = $(OfferReferralsDialog.class).single();

        click(actions(dialog.referrals, 0, 6), "Embaucher");
        HireForm hire = $(HireForm.class).single();
        assertThat(hire.start.getValue()).isEqualTo(START);
        test(hire.contractType).selectItem("CDD");
        test(hire.save).click();
        assertThat(hire.justification.isVisible()).isTrue();
        assertThat(hire.justification.getErrorMessage()).isEqualTo(
                "Ce participant n'est pas éligible à la date de début : justifiez la dérogation pour l'embaucher.");
        assertThat(placements.findAll(new PlacementFilter(reference, null, null, false))).isEmpty();

        test(hire.justification).setValue("Orienté par le SPIP, justificatifs en cours");
        test(hire.save).click();
        assertThat(hire.isOpened()).isFalse();
        assertThat(test(dialog.referrals).getCellText(0, 1)).isEqualTo("Embauché");
        assertThat(dialog.positions.getText()).isEqualTo("Postes pourvus : 1 sur 1 · Ouverte");
        assertThat(placements.findAll(new PlacementFilter(reference, null, null, false))).singleElement()
                .satisfies(p -> assertThat(p.exceptionJustification()).startsWith("Orienté par le SPIP"));
    }

    @Test
    void closingAnOfferAsksForConfirmationFirst() {
        pipeline.open(new OfferDetails(TestData.followedClause(jdbc, "ECRAN-OFFRE-4", START.minusMonths(3)), "55210055400013", "Bâtir Seine SA",
                "Grutier (clôture)", new BigDecimal("39"), START, null, 1));
        OffersView view = navigate(OffersView.class);
        test(view.search).setValue("grutier (cloture)");
        click(actions(view.grid, 0, ACTIONS), "Clôturer");
        assertThat(pipeline.countOffers(new OfferFilter("grutier (cloture)", null))).isEqualTo(1);
        assertThat(test(view.grid).size()).as("nothing closed before confirmation").isEqualTo(1);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(view.grid).size()).as("the list shows open offers").isZero();
        test(view.stateFilter).selectItem("Clôturée");
        assertThat(test(view.grid).getCellText(0, 11)).isEqualTo("Clôturée");
    }
}
