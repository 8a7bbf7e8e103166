package fr.nanterre.insertion.facilitation.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.nanterre.insertion.facilitation.CompanyAccounts;
import fr.nanterre.insertion.facilitation.CompanyLogin;
import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.company.CompanyAccount;
import fr.nanterre.insertion.facilitation.company.CompanyAccountBook;
import fr.nanterre.insertion.facilitation.company.NewCompanyAccount;
import fr.nanterre.insertion.facilitation.company.PasswordLinks;
import fr.nanterre.insertion.facilitation.company.PasswordLinks.Outcome;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementOrigin;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.CompanyClause;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.EnteredHours;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.PlacedPerson;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The companies' portal with two companies, A and B, each with its clause, its placed person and its account:
 * the accounts are opened by a facilitator and their passwords set through the e-mailed link (read from a real
 * SMTP server, GreenMail, in this JVM); each company sees only its own clauses, people and statements whatever id
 * it passes; A's hours typed online go from sending to validation and its clause's progress changes; B, with no
 * statement for last month, is reminded once, and told why its statement was rejected.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "insertion.portal.reminder-day=1", "insertion.portal.base-url=https://insertion.example"})
class CompanyPortalTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("mot-de-passe\\?jeton=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "un mot de passe long";

    @Autowired
    CurrentUser user;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    CompanyAccountBook book;
    @Autowired
    PasswordLinks links;
    @Autowired
    CompanyAccounts companyAccounts;
    @Autowired
    CompanyPortal portal;
    @Autowired
    StatementImport statementImport;
    @Autowired
    Ledger ledger;
    @Autowired
    StatementReminders reminders;
    @Autowired
    JdbcClient jdbc;

    /** Each test its own employers: the tests share one database. */
    private static String siret() {
        return "8" + String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
    }

    private <T> T asFacilitator(Supplier<T> work) {
        Object[] result = new Object[1];
        user.runAs("f.mef", () -> result[0] = work.get(), Roles.FACILITATOR, Roles.PARTNERS);
        @SuppressWarnings("unchecked") T t = (T) result[0];
        return t;
    }

    private <T> T as(String company, Supplier<T> work) {
        Object[] result = new Object[1];
        user.runAs(company, () -> result[0] = work.get(), Roles.COMPANY);
        @SuppressWarnings("unchecked") T t = (T) result[0];
        return t;
    }

    private void as(String company, Runnable work) {
        user.runAs(company, work, Roles.COMPANY);
    }

    /** A clause awarded to that SIRET: 833 h, notified 3 months ago, for 24 months, 50 € per missing hour. */
    private UUID clauseOf(String siret, String contract, LocalDate notified) {
        UUID clause = UUID.randomUUID();
        jdbc.sql("""
                        insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                            lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                        values (?, ?, ?, 'Ville de Nanterre', 1, 'Gros œuvre', ?, 833, ?, 24)""")
                .params(clause, UUID.randomUUID(), contract, siret, notified).update();
        return clause;
    }

    private Placement placed(String lastName, String siret, UUID clause, LocalDate start) {
        Participant participant = asFacilitator(() -> TestData.enrolled(participants, jdbc,
                TestData.livingIn(lastName, fr.nanterre.insertion.partners.Sex.FEMALE, LocalDate.of(1986, 5, 4),
                        fr.nanterre.insertion.partners.Residence.NANTERRE_QPV), TestData.rsa(start.minusDays(5))));
        return asFacilitator(() -> placements.place(new NewPlacement(participant.reference(), siret,
                "Entreprise " + lastName, Modality.DIRECT_HIRE, ContractType.CDD, start, null,
                List.of(new ClauseShare(clause, new BigDecimal("100"))), null)));
    }

    /** Opens the account as a facilitator, reads the link from the e-mail, and sets the password with it. */
    private String openAccount(String email, String siret) throws Exception {
        CompanyAccountBook.Opened opened = asFacilitator(() ->
                book.open(new NewCompanyAccount("Entreprise " + email, email, Set.of(siret), "fr")));
        assertThat(opened.mailSent()).isTrue();
        String token = tokenSentTo(email);
        assertThat(links.setPassword(token, PASSWORD, PASSWORD)).isEqualTo(Outcome.DONE);
        return email;
    }

    private String tokenSentTo(String email) throws Exception {
        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).reduce((a, b) -> b).orElse(null), m -> m != null);
        Matcher link = LINK.matcher(body(mail));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLinkSetsThePasswordOnceUntilItExpiresAndAWrongTokenSetsNothing() throws Exception {
        String email = "paie." + UUID.randomUUID().toString().substring(0, 8) + "@btp-exemple.fr";
        asFacilitator(() -> book.open(new NewCompanyAccount("BTP Exemple", email.toUpperCase(), Set.of(siret()),
                "fr")));
        String token = tokenSentTo(email);
        assertThat(body(smtp.getReceivedMessages()[0])).contains("https://insertion.example/mot-de-passe?jeton=");
        assertThat(companyAccounts.login(email)).as("no password yet, no login").isEmpty();

        assertThat(links.state("not-a-token")).isEqualTo(Outcome.UNKNOWN);
        assertThat(links.setPassword("not-a-token", PASSWORD, PASSWORD)).isEqualTo(Outcome.UNKNOWN);
        assertThat(links.setPassword(token, "court", "court")).isEqualTo(Outcome.TOO_SHORT);
        assertThat(links.setPassword(token, PASSWORD, PASSWORD + "!")).isEqualTo(Outcome.MISMATCH);
        assertThat(links.state(token)).as("a refused password leaves the link usable").isEqualTo(Outcome.VALID);
        assertThat(links.setPassword(token, PASSWORD, PASSWORD)).isEqualTo(Outcome.DONE);
        assertThat(links.setPassword(token, "un autre mot de passe", "un autre mot de passe"))
                .isEqualTo(Outcome.USED);
        assertThat(links.state(token)).isEqualTo(Outcome.USED);

        CompanyLogin login = companyAccounts.login(email.toUpperCase()).orElseThrow();
        assertThat(login.passwordHash()).startsWith("{bcrypt}");
        assertThat(new BCryptPasswordEncoder().matches(PASSWORD, login.passwordHash().substring(8))).isTrue();
        assertThat(jdbc.sql("select count(*) from facilitation.password_link where token_hash = ?")
                .param(token).query(Long.class).single()).as("only the token's hash is kept").isZero();

        // a new link, 73 hours old: expired
        CompanyAccount account = asFacilitator(() -> book.search(email, Pageable.unpaged()).getFirst());
        assertThat(asFacilitator(() -> book.sendLinkAgain(account))).isTrue();
        String late = await().atMost(Duration.ofSeconds(10)).until(() -> tokenSentTo(email), t -> !t.equals(token));
        jdbc.sql("""
                        update facilitation.password_link set created_at = now() - interval '73 hours',
                            expires_at = now() - interval '1 hour' where account_id = ? and used_at is null""")
                .param(account.id()).update();
        assertThat(links.setPassword(late, "encore un mot de passe", "encore un mot de passe"))
                .isEqualTo(Outcome.EXPIRED);

        // deactivated: no login
        asFacilitator(() -> book.deactivate(book.search(email, Pageable.unpaged()).getFirst()));
        assertThat(companyAccounts.login(email)).isEmpty();
        assertThatThrownBy(() -> asFacilitator(() -> book.open(new NewCompanyAccount("Doublon", email,
                Set.of(siret()), "fr")))).isInstanceOf(CompanyAccountBook.DuplicateAccountException.class);
    }

    @Test
    void eachCompanySeesOnlyItsOwnAndItsHoursTypedOnlineCountOnceValidated() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String siretA = siret();
        String siretB = siret();
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        LocalDate start = lastMonth.minusMonths(2).atDay(1);
        UUID clauseA = clauseOf(siretA, "A-" + tag, start);
        UUID clauseB = clauseOf(siretB, "B-" + tag, start);
        Placement placementA = placed("Alpha" + tag, siretA, clauseA, start);
        Placement placementB = placed("Bravo" + tag, siretB, clauseB, start);
        String a = openAccount("a." + tag + "@alpha.fr", siretA);
        String b = openAccount("b." + tag + "@bravo.fr", siretB);

        // what A sees: its clause, its person by name and reference, nothing of B's
        List<CompanyClause> clausesOfA = as(a, () -> portal.clauses());
        assertThat(clausesOfA).extracting(CompanyClause::clauseId).containsExactly(clauseA);
        assertThat(clausesOfA.getFirst().realisedHours()).isEqualByComparingTo("0");
        assertThat(as(a, () -> portal.clause(clauseB))).isEmpty();
        List<PlacedPerson> peopleOfA = as(a, () -> portal.placements(Pageable.ofSize(20)));
        assertThat(peopleOfA).extracting(PlacedPerson::placementId).containsExactly(placementA.id());
        assertThat(peopleOfA.getFirst().name()).isEqualTo("Alpha" + tag + " Test");
        assertThat(as(a, () -> portal.countPlacements())).isEqualTo(1);
        assertThat(as(a, () -> portal.placement(placementB.id()))).isEmpty();
        assertThat(as(b, () -> portal.placement(placementB.id()))).isPresent();
        assertThatThrownBy(() -> as(a, () -> portal.month(siretB, lastMonth)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a, () -> portal.preview(siretA, lastMonth,
                List.of(new EnteredHours(placementB.id(), new BigDecimal("35"), null)))))
                .as("a line for another company's placement").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a, () -> portal.preview(siretB, lastMonth,
                List.of(new EnteredHours(placementB.id(), new BigDecimal("35"), null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a, () -> portal.previewFile(siretB, "b.csv", new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a, () -> statementImport.preview("b.csv", new byte[0])))
                .as("the facilitator's import").isInstanceOf(AccessDeniedException.class);

        // A types its hours for last month: previewed, sent, received from the portal
        assertThat(as(a, () -> portal.month(siretA, lastMonth))).singleElement()
                .satisfies(line -> assertThat(line.locked()).isFalse());
        Preview preview = as(a, () -> portal.preview(siretA, lastMonth,
                List.of(new EnteredHours(placementA.id(), new BigDecimal("120.5"), "Chantier fermé 2 jours"))));
        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(Status.ACCEPTED);
            assertThat(line.hours()).isEqualByComparingTo("120.5");
        });
        // sent with a mistake, taken back before the MEF checks it, sent again
        Preview wrong = as(a, () -> portal.preview(siretA, lastMonth,
                List.of(new EnteredHours(placementA.id(), new BigDecimal("12.05"), null))));
        Statement mistaken = as(a, () -> portal.send(wrong, Map.of()));
        assertThat(as(b, () -> portal.withdraw(mistaken, "Erreur"))).as("B withdraws A's statement").isFalse();
        assertThat(as(a, () -> portal.withdraw(mistaken, "Erreur de saisie"))).isTrue();
        assertThat(as(a, () -> portal.statement(mistaken.id()))).get().extracting(Statement::state)
                .isEqualTo(StatementState.REJECTED);
        assertThat(as(a, () -> portal.month(siretA, lastMonth))).singleElement()
                .satisfies(line -> assertThat(line.locked()).isFalse());
        Statement sent = as(a, () -> portal.send(preview, Map.of(placementA.id(), "Chantier fermé 2 jours")));
        assertThat(sent.state()).isEqualTo(StatementState.RECEIVED);
        assertThat(sent.origin()).isEqualTo(StatementOrigin.PORTAL);
        assertThat(sent.employerSiret()).isEqualTo(siretA);
        assertThat(as(a, () -> portal.month(siretA, lastMonth))).singleElement()
                .satisfies(line -> assertThat(line.locked()).isTrue());
        assertThat(as(a, () -> portal.commentsOf(sent.id())))
                .containsValue("Chantier fermé 2 jours");

        // B uploads a file of its own; A cannot open B's statement, nor B A's
        byte[] fileB = ("SIRET;Référence;Mois;Heures\n" + siretB + ";" + placementB.participantReference() + ";"
                + lastMonth.getMonthValue() + "/" + lastMonth.getYear() + ";70\n").getBytes();
        Preview previewB = as(b, () -> portal.previewFile(siretB, "heures-b.csv", fileB));
        assertThat(previewB.accepted()).hasSize(1);
        assertThatThrownBy(() -> as(a, () -> portal.sendFile(previewB)))
                .as("A sends B's previewed file").isInstanceOf(AccessDeniedException.class);
        Statement sentB = as(b, () -> portal.sendFile(previewB));
        assertThat(sentB.origin()).isEqualTo(StatementOrigin.UPLOAD);
        assertThat(as(a, () -> portal.statement(sentB.id()))).isEmpty();
        assertThat(as(a, () -> portal.commentsOf(sentB.id()))).isEmpty();
        assertThat(as(b, () -> portal.statement(sent.id()))).isEmpty();
        assertThat(as(a, () -> portal.statements(Pageable.ofSize(20)))).extracting(Statement::id)
                .containsExactly(sent.id(), mistaken.id());
        assertThat(as(a, () -> portal.countStatements())).isEqualTo(2);

        // the facilitator checks and validates A's statement: A's clause progresses
        Statement checked = asFacilitator(() -> ledger.check(sent));
        assertThat(as(a, () -> portal.withdraw(checked, "Trop tard"))).as("checked: locked for the company").isFalse();
        asFacilitator(() -> ledger.validate(checked));
        CompanyClause progressed = as(a, () -> portal.clause(clauseA)).orElseThrow();
        assertThat(progressed.realisedHours()).isEqualByComparingTo("120.50");
        assertThat(progressed.percentOfTarget()).isEqualByComparingTo("14.5"); // 120.5 ÷ 833
        assertThat(progressed.targetHours()).isEqualTo(833);
        assertThat(as(a, () -> portal.statement(sent.id()))).get()
                .extracting(Statement::state).isEqualTo(StatementState.VALIDATED);
        assertThat(progressed.status()).isIn(ComplianceStatus.BEHIND, ComplianceStatus.ON_TRACK);

        // B's statement is rejected: B's account is told why, by e-mail
        int before = smtp.getReceivedMessages().length;
        asFacilitator(() -> ledger.reject(sentB, "Les heures de mars manquent"));
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length > before);
        MimeMessage rejected = Arrays.stream(smtp.getReceivedMessages()).skip(before)
                .filter(m -> recipient(m).equals(b)).findFirst().orElseThrow();
        assertThat(rejected.getSubject()).contains("heures-b.csv");
        assertThat(body(rejected)).contains("Les heures de mars manquent");

        // last month: A's statement is there, B's is missing (rejected): B is listed and reminded, once
        assertThat(asFacilitator(() -> reminders.missingNow())).extracting(m -> m.employerSiret())
                .contains(siretB).doesNotContain(siretA);
        int mailsBefore = smtp.getReceivedMessages().length;
        reminders.sendDue();
        List<String> reminded = Arrays.stream(smtp.getReceivedMessages()).skip(mailsBefore)
                .map(CompanyPortalTest::recipient).toList();
        assertThat(reminded).contains(b).doesNotContain(a);
        assertThat(jdbc.sql("select count(*) from facilitation.statement_reminder where employer_siret in (?, ?)")
                .params(siretA, siretB).query(Long.class).single()).isEqualTo(1);
        int afterFirst = smtp.getReceivedMessages().length;
        reminders.sendDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).skip(afterFirst).map(CompanyPortalTest::recipient))
                .as("once per month and company").doesNotContain(b);
    }
}
