package fr.nanterre.insertion.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.participant.ExitOutcome;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.NewExit;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A figure opens its list already filtered (issue 12's drill-down), the filters in their fields. */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ParticipantsView.class)
@WithMockUser(username = "drill.down", roles = {"PARTNERS", "VIEWER"})
class DrillDownTest extends SpringBrowserlessTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    /** The clock the homes read today from. */
    @Autowired
    java.time.Clock clock;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    PathwayFollowUp followUp;
    @Autowired
    PartnerIndicators indicators;
    @Autowired
    StructureDirectory structures;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void theParticipantsListOpensFilteredAsTheFigureAndHasAsManyLines() {
        String tag = ParticipantsViewTest.tag();
        // A: a woman of 24 on 31 December 2025, QPV, RSA, in a pathway from 10 January, exited 30 June on a CDI
        Participant a = enrol("Alpha" + tag, LocalDate.of(2001, 5, 4), Sex.FEMALE, true, true);
        Pathway pathway = followUp.open(a.id(), new NewPathway(LocalDate.of(2025, 1, 10), null));
        followUp.exit(pathway, new NewExit(LocalDate.of(2025, 6, 30), ExitOutcome.CDI));
        directory.recordCriterion(a, new NewCriterion("RSA", "Attestation CAF", LocalDate.of(2025, 2, 1)));
        // B: a man of 40, Nanterre outside QPV, in a pathway since 2024, still open
        Participant b = enrol("Bravo" + tag, LocalDate.of(1985, 1, 20), Sex.MALE, false, true);
        followUp.open(b.id(), new NewPathway(LocalDate.of(2024, 3, 1), null));
        // C: a woman of 55 living elsewhere, exited in 2024: not in 2025's lists
        Participant c = enrol("Charlie" + tag, LocalDate.of(1970, 2, 2), Sex.FEMALE, false, false);
        Pathway old = followUp.open(c.id(), new NewPathway(LocalDate.of(2023, 1, 1), null));
        followUp.exit(old, new NewExit(LocalDate.of(2024, 6, 30), ExitOutcome.DROPPED_OUT));

        ParticipantsView view = open("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&sexe=FEMALE"
                + "&age=UNDER_26&residence=NANTERRE_QPV&critere=RSA&sortie=DURABLE_JOB", ParticipantsView.class);
        assertThat(view.pathwayFrom.getValue()).isEqualTo(FROM);
        assertThat(view.pathwayTo.getValue()).isEqualTo(TO);
        assertThat(view.sexFilter.getValue()).isEqualTo(Sex.FEMALE);
        assertThat(view.ageFilter.getValue()).isEqualTo(AgeBand.UNDER_26);
        assertThat(view.residenceFilter.getValue()).isEqualTo(Residence.NANTERRE_QPV);
        assertThat(view.criterionFilter.getValue()).isEqualTo("RSA");
        assertThat(view.exitFilter.getValue()).isEqualTo(OutcomeCategory.DURABLE_JOB);
        assertThat(test(view.grid).size()).isEqualTo((int) directory.count(view.filter()));
        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(a.id());

        // the list's audit line keeps the filters and the rows, never the searched name
        String detail = jdbc.sql("select detail from partners.audit_log where action = 'LIST_SHOWN'"
                + " and username = 'drill.down' order by id desc limit 1").query(String.class).single();
        assertThat(detail).contains("name searched=yes", "pathway=2025-01-01..2025-12-31", "sex=FEMALE",
                "age=UNDER_26", "residence=NANTERRE_QPV", "criterion=RSA", "exit=DURABLE_JOB", "rows=1")
                .doesNotContain(tag);

        // without the name, each list has as many lines as its figure (all participants in the database)
        PartnerFigures year = indicators.between(FROM, TO);
        assertThat(lines("participants?parcours-du=2025-01-01&parcours-au=2025-12-31"))
                .isEqualTo(year.participantsInPathways());
        for (Sex sex : Sex.values()) {
            assertThat(lines("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&sexe=" + sex))
                    .isEqualTo(year.bySex().get(sex));
        }
        for (AgeBand age : AgeBand.values()) {
            assertThat(lines("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&age=" + age))
                    .isEqualTo(year.byAgeBand().get(age));
        }
        for (Residence residence : Residence.values()) {
            assertThat(lines("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&residence=" + residence))
                    .isEqualTo(year.byResidence().get(residence));
        }
        assertThat(lines("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&critere=RSA"))
                .isEqualTo(year.byCriterion().get("RSA"));

        // this test's three people, by the figures' filters: 2 in 2025 (A, B), 1 woman (A), 1 exit durable (A)
        assertThat(tagged("participants?parcours-du=2025-01-01&parcours-au=2025-12-31", tag)).isEqualTo(2);
        assertThat(tagged("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&sexe=FEMALE", tag)).isEqualTo(1);
        assertThat(tagged("participants?parcours-du=2024-01-01&parcours-au=2024-12-31&sexe=FEMALE", tag)).isEqualTo(1);
        assertThat(tagged("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&age=FROM_26_TO_49", tag))
                .isEqualTo(1);
        assertThat(tagged("participants?parcours-du=2024-01-01&parcours-au=2024-12-31&sortie=OTHER", tag))
                .isEqualTo(1);
        assertThat(tagged("participants?parcours-du=2025-01-01&parcours-au=2025-12-31&sortie=OTHER", tag)).isZero();
        assertThat(tagged("participants?residence=ELSEWHERE", tag)).isEqualTo(1);
    }

    @Test
    void unknownOrMalformedValuesAreIgnored() {
        ParticipantsView view = open("participants?parcours-du=2025-13-45&parcours-au=hier&sexe=NOPE&age=7"
                + "&residence=&critere=Dupont&sortie=CDI", ParticipantsView.class);
        assertThat(view.pathwayFrom.getValue()).isNull();
        assertThat(view.pathwayTo.getValue()).isNull();
        assertThat(view.sexFilter.getValue()).isNull();
        assertThat(view.ageFilter.getValue()).isNull();
        assertThat(view.residenceFilter.getValue()).isNull();
        assertThat(view.criterionFilter.getValue()).isNull();
        assertThat(view.exitFilter.getValue()).isNull();
        assertThat(view.filter().drillsDown()).isFalse();
    }

    @Test
    void theStructuresListOpensOnTheSiae() {
        String tag = ParticipantsViewTest.tag();
        structures.register(StructureDetails.of("ACI " + tag, StructureKind.ACI, "31313131300031"));
        structures.register(StructureDetails.of("GEIQ " + tag, StructureKind.GEIQ, "31313131300031"));
        StructuresView view = open("structures?type=SIAE", StructuresView.class);
        assertThat(view.siaeOnly.getValue()).isTrue();
        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).kind()).isEqualTo(StructureKind.ACI);

        view = open("structures?type=GEIQ", StructuresView.class);
        assertThat(view.siaeOnly.getValue()).isFalse();
        assertThat(view.kindFilter.getValue()).isEqualTo(StructureKind.GEIQ);
        view = open("structures?type=PLOMBIER", StructuresView.class);
        assertThat(view.siaeOnly.getValue()).isFalse();
        assertThat(view.kindFilter.getValue()).isNull();
    }

    @Test
    void theHomesFiguresOpenTheirLists() {
        navigate(PartnersHomeView.class);
        int year = LocalDate.now(clock).getYear();
        assertThat($(RouterLink.class).all()).extracting(link -> new Location(link.getHref()))
                .extracting(Location::getPath, location -> location.getQueryParameters().getParameters())
                .contains(tuple("structures", Map.of()), tuple("structures", Map.of("type", List.of("SIAE"))),
                        tuple("participants", Map.of("parcours-du", List.of(year + "-01-01"),
                                "parcours-au", List.of(LocalDate.now(clock).toString()))),
                        tuple("participants", Map.of("parcours-du", List.of(year + "-01-01"),
                                "parcours-au", List.of(LocalDate.now(clock).toString()), "sortie", List.of("DURABLE_JOB"))),
                        tuple("participants", Map.of("parcours-du", List.of(year + "-01-01"),
                                "parcours-au", List.of(LocalDate.now(clock).toString()), "sortie", List.of("OTHER"))));
    }

    /** Navigates as a link with query parameters does, and returns the view shown. */
    private <T extends Component> T open(String location, Class<T> view) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
        return view.cast(UI.getCurrent().getCurrentView());
    }

    private long lines(String location) {
        ParticipantsView view = open(location, ParticipantsView.class);
        return directory.count(view.filter());
    }

    private long tagged(String location, String tag) {
        ParticipantsView view = open(location, ParticipantsView.class);
        test(view.search).setValue(tag);
        return test(view.grid).size();
    }

    private Participant enrol(String lastName, LocalDate birthDate, Sex sex, boolean qpv, boolean nanterre) {
        return directory.enrol(new ParticipantDetails(lastName, "Test", birthDate, sex, null, null,
                nanterre ? "Nanterre" : "Rueil-Malmaison", nanterre ? "92050" : "92063", qpv, nanterre, null,
                ReferringOrganisation.PLIE));
    }
}
