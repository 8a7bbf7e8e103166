package fr.nanterre.insertion.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.FigureCard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each department's home on the demo data: its pillar's figures of the year as its module's indicators publish
 * them, and the links to the matching lists for the roles that may open them.
 */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
@ViewPackages(packages = "fr.nanterre.insertion")
class DepartmentHomesTest extends SpringBrowserlessTest {

    @Autowired
    PartnerIndicators partners;
    @Autowired
    ProcurementIndicators procurement;
    @Autowired
    CharterIndicators charter;
    @Autowired
    Clock clock;

    @BeforeEach
    void inFrench() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private String figure(String id) {
        return $(Span.class).id(id).getText();
    }

    /**
     * The text in either language: a view reached through the home page's forward is drawn before it is attached,
     * in the session's language, which browserless tests do not settle; the figures are what this test checks.
     */
    private static java.util.List<String> either(java.util.function.Function<Locale, String> text) {
        return java.util.List.of(text.apply(Locale.FRENCH), text.apply(Locale.ENGLISH));
    }

    private static String text(Locale locale, String key, Object... parameters) {
        return com.vaadin.flow.i18n.I18NProvider.translate(locale, key, parameters);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @WithMockUser(roles = "PARTNERS")
    void theEmploymentDepartmentSeesItsStructuresGrantsAndPathways() {
        UI.getCurrent().navigate("");
        PartnerFigures year = partners.between(today().withDayOfYear(1), today());

        assertThat(year.structures()).isPositive();
        assertThat(figure("home-structures")).isIn(either(l -> Format.number(year.structures(), l)));
        assertThat(figure("home-pathways")).isIn(either(l -> Format.number(year.participantsInPathways(), l)));
        assertThat(figure("home-grants")).isIn(either(l -> text(l, "partners.home.paid-of-granted",
                Format.euros(year.grantsPaid(), l), Format.euros(year.grantsGranted(), l))));
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref)
                .contains("structures", "soutien")
                .anySatisfy(href -> assertThat(href).startsWith("participants?parcours-du="));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorOnTheEmploymentHomeHasNoLinkToTheParticipantsHeMayNotOpen() {
        UI.getCurrent().navigate("accueil-emploi-insertion");

        assertThat($(FigureCard.class).all()).hasSizeGreaterThan(4);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains("structures")
                .doesNotContain("participants");
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void theProcurementDepartmentSeesItsClausesHoursAndPenalties() {
        UI.getCurrent().navigate("");
        ProcurementFigures year = procurement.between(today().withDayOfYear(1), today());

        assertThat(year.clauses()).isPositive();
        assertThat(figure("home-contracts"))
                .isIn(either(l -> Format.number(year.contractsWithSocialConsideration(), l)));
        assertThat(figure("home-hours")).isIn(either(l -> text(l, "procurement.home.realised-of-target",
                Format.number(year.realisedHours(), l), Format.number(year.targetHours(), l))));
        assertThat(figure("home-penalties")).isIn(either(l -> Format.euros(year.penaltiesAtStake(), l)));
        assertThat(test($(Grid.class).first()).size()).isEqualTo(year.byBuyer().size());
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains("marches");
    }

    @Test
    @WithMockUser(roles = "URBAN_RENEWAL")
    void theUrbanRenewalDepartmentSeesTheCharterPerProjectAndOwner() {
        UI.getCurrent().navigate("");
        var lines = charter.progress(today().getYear());

        Grid<?> progress = $(Grid.class).first();
        assertThat(lines).isNotEmpty();
        assertThat(test(progress).size()).isEqualTo(lines.size());
        assertThat(test(progress).getCellComponent(0, "line")).as("a project's line opens the project")
                .isInstanceOfSatisfying(RouterLink.class, link -> assertThat(link.getHref())
                        .isEqualTo("renovation-urbaine/" + lines.getFirst().projectId()));
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void aFacilitatorSeesTheAgreementsObjectivesBesideTheAgenda() {
        UI.getCurrent().navigate("");

        assertThat($(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .containsAnyElementsOf(either(l -> text(l, "facilitation.agenda.agreement",
                        String.valueOf(today().getYear()))));
    }
}
