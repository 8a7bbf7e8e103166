package fr.nanterre.insertion.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import fr.nanterre.fixtures.ui.Downloads;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.ExitOutcome;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.NewExit;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantFilter;
import fr.nanterre.insertion.partners.participant.ParticipantPrivacy;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.platform.ui.ExportButton;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 13: an administrator never sees a participant's identity through the audit screen. The lines are written by
 * the real flows (enrolment, the file opened, a search by name, the list exported, a pathway, a criterion, the
 * right-of-access extract), then the administrator reads the screen's grid and its XLSX export.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = AuditLogView.class)
@WithMockUser(username = "admin.audit", roles = "ADMIN")
class AuditLogIdentityTest extends SpringBrowserlessTest {

    @Autowired
    ParticipantDirectory directory;
    @Autowired
    PathwayFollowUp followUp;
    @Autowired
    ParticipantPrivacy privacy;
    /** This context's holder: the static one may belong to another test context. */
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void theAuditScreenAndItsExportShowNoParticipantsNameReferenceBirthDateOrInseeCode() throws Exception {
        String lastName = "Zyrnowska" + ParticipantsViewTest.tag();
        String firstName = "Ottilie" + ParticipantsViewTest.tag();
        String agent = "agent." + ParticipantsViewTest.tag();
        LocalDate birthDate = LocalDate.of(1987, 7, 23);
        Participant participant = asPartners(agent, () -> {
            Participant enrolled = directory.enrol(new ParticipantDetails(lastName, firstName, birthDate, Sex.FEMALE,
                    "5 rue Zyrnowska", "92500", "Rueil-Malmaison", "92063", false, false, "M. Référent",
                    ReferringOrganisation.CCAS));
            directory.open(enrolled.id());
            directory.find(ParticipantFilter.named(lastName), PageRequest.of(0, 50));
            directory.find(ParticipantFilter.named(enrolled.reference()), PageRequest.of(0, 50));
            directory.export(ParticipantFilter.named(lastName));
            var pathway = followUp.open(enrolled.id(), new NewPathway(LocalDate.of(2026, 1, 5), null));
            followUp.exit(pathway, new NewExit(LocalDate.of(2026, 3, 5), ExitOutcome.CDI));
            Participant read = directory.recordCriterion(enrolled, new NewCriterion("RSA", "Attestation CAF "
                    + lastName, LocalDate.of(2026, 1, 2)));
            privacy.extract(enrolled.id());
            return read;
        });

        AuditLogView view = navigate(AuditLogView.class);
        test(view.user).setValue(agent);
        int lines = test(view.grid).size();
        assertThat(lines).as("enrolled, opened, two searches, export, pathway opened and exited, criterion,"
                + " extract").isGreaterThanOrEqualTo(9);
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < lines; row++) {
            for (int column = 0; column < view.grid.getColumns().size(); column++) {
                shown.add(test(view.grid).getCellText(row, column));
            }
        }
        String grid = String.join(" | ", shown);
        assertThat(grid).contains(agent, "#");
        assertNoIdentity(grid, participant, lastName, firstName, birthDate);

        byte[] xlsx = Downloads.download($(ExportButton.class).single());
        StringBuilder export = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter cells = new DataFormatter(Locale.FRENCH);
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> export.append(cells.formatCellValue(cell)).append(" | "));
            }
        }
        assertThat(export.toString()).contains(agent);
        assertNoIdentity(export.toString(), participant, lastName, firstName, birthDate);
    }

    private static void assertNoIdentity(String text, Participant participant, String lastName, String firstName,
                                         LocalDate birthDate) {
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(lastName.toLowerCase(Locale.ROOT),
                firstName.toLowerCase(Locale.ROOT), participant.reference().toLowerCase(Locale.ROOT), "92063",
                birthDate.toString(), birthDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private <T> T asPartners(String username, java.util.function.Supplier<T> work) {
        Authentication admin = security.getContext().getAuthentication();
        security.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_PARTNERS")));
        try {
            return work.get();
        } finally {
            security.getContext().setAuthentication(admin);
        }
    }
}
