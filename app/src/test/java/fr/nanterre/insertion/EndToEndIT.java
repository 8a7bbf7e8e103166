package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged application, started as a user would start it (demo profile, throwaway database), driven in
 * headless Chromium: log in, register a structure, find it in the grid. Screenshots go to target/e2e/.
 */
class EndToEndIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    /** Dates as a French user types them. */
    private static final java.time.format.DateTimeFormatter FRENCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A failed test leaves a screenshot of where it stopped, beside the others. */
    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                screenshot("failed-" + context.getRequiredTestMethod().getName());
            } catch (IOException | RuntimeException noScreenshot) {
                cause.addSuppressed(noScreenshot);
            }
        }
    };

    /** The SMTP server the application sends its e-mails to, in this JVM: the tests read them here. */
    private static com.icegreen.greenmail.util.GreenMail smtp;
    private static Process application;
    private static String baseUrl;
    private static ChromeDriver browser;

    @BeforeAll
    static void startApplicationAndBrowser() throws Exception {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").exists();
        int port = freePort();
        baseUrl = "http://localhost:" + port;
        int smtpPort = freePort();
        smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        Path log = Files.createDirectories(SCREENSHOTS).resolve("application.log");
        application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/insertion.jar", "--spring.profiles.active=demo", "--server.port=" + port,
                "--insertion.embedded-postgres.ephemeral=true", "--management.server.port=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--insertion.portal.base-url=" + baseUrl)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitForStart(log);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("insertion-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (application != null) {
            application.destroy();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aDemoUserLogsInRegistersAStructureAndFindsItInTheGrid() throws IOException {
        WebDriverWait wait = logIn("partenaires");
        screenshot("1-home");

        browser.get(baseUrl + "/structures");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-structure"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#structure-name input")))
                .sendKeys("Régie de quartier Université");
        chooseInComboBox(wait, "structure-kind", "Régie");
        browser.findElement(By.cssSelector("#structure-siret input")).sendKeys("732 829 320 00074");
        screenshot("2-form");
        browser.findElement(By.id("save-structure")).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("structure-name")));
        browser.findElement(By.cssSelector("#structure-search input")).sendKeys("universite");
        wait.until(d -> cells().contains("Régie de quartier Université") && cells().contains("73282932000074"));
        assertThat(cells()).contains("Régie de quartier Université", "Régie de quartier", "73282932000074");
        screenshot("3-grid");
    }

    @Test
    void theProcurementDepartmentCreatesAContractWithAClauseAndSeesItsTargetComputed() throws IOException {
        WebDriverWait wait = logIn("commande");
        browser.get(baseUrl + "/marches");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-contract"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contract-reference input")))
                .sendKeys("E2E-2026-017");
        browser.findElement(By.cssSelector("#contract-object textarea")).sendKeys("Réhabilitation du gymnase Maurice Thorez");
        browser.findElement(By.cssSelector("#contract-amount input")).sendKeys("1000000");
        browser.findElement(By.id("save-contract")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-lot"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lot-title input")))
                .sendKeys("Gros œuvre");
        browser.findElement(By.cssSelector("#lot-amount input")).sendKeys("1000000");
        browser.findElement(By.id("save-lot")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("clause-lot-1"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#clause-labour-share input")))
                .sendKeys("50");
        browser.findElement(By.cssSelector("#clause-rate input")).sendKeys("5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clause-result"),
                "Objectif : 833 heures d'insertion"));
        browser.findElement(By.cssSelector("#clause-penalty input")).sendKeys("50");
        screenshot("4-clause-calculator");
        browser.findElement(By.id("save-clause")).click();

        wait.until(d -> cells().contains("Clause d'exécution : 833 h"));
        screenshot("5-contract");
    }

    /**
     * From a planned purchase to a recommendation to the contract's considerations: painting works of 400,000 €,
     * which the demo's painting EI (Envie, 11,000 h a year) could partly take on: a lot reserved to SIAE ranks first,
     * and one click splits the planned contract into its open part and the reserved lot.
     */
    @Test
    void aPlannedPurchaseGetsARecommendationThatBecomesTheContractsConsiderations() throws IOException {
        WebDriverWait wait = logIn("commande");
        browser.get(baseUrl + "/marches");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-contract"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contract-reference input")))
                .sendKeys("E2E-REC-001");
        browser.findElement(By.cssSelector("#contract-object textarea")).sendKeys("Peinture des écoles maternelles");
        browser.findElement(By.cssSelector("#contract-amount input")).sendKeys("400000");
        browser.findElement(By.id("save-contract")).click();

        click(wait, "recommend-contract");
        WebElement cpv = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#recommend-cpv input")));
        cpv.sendKeys(Keys.chord(Keys.CONTROL, "a"), "45442100");
        click(wait, "recommend-run");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("apply-RESERVED_LOT")));
        assertThat(cells()).anyMatch(cell -> cell.startsWith("Lot réservé (SIAE)"));
        screenshot("8-recommendation");
        click(wait, "apply-RESERVED_LOT");

        wait.until(d -> cells().contains("Lot réservé aux SIAE"));
        assertThat(cells()).contains("Peinture des écoles maternelles", "Réservé aux SIAE (L2113-13)");
        screenshot("9-contract-with-reserved-lot");
    }

    @Test
    void theEmploymentDepartmentEnrolsAParticipantRecordsACriterionAndSeesTheEligibility() throws IOException {
        WebDriverWait wait = logIn("partenaires");
        browser.get(baseUrl + "/structures");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-structure"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#structure-name input")))
                .sendKeys("ACI Les Potagers du Parc");
        chooseInComboBox(wait, "structure-kind", "ACI");
        browser.findElement(By.cssSelector("#structure-siret input")).sendKeys("44444444200018");
        browser.findElement(By.id("save-structure")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("structure-name")));

        browser.get(baseUrl + "/participants");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol-participant"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#participant-last-name input")))
                .sendKeys("Benali");
        browser.findElement(By.cssSelector("#participant-first-name input")).sendKeys("Samira");
        browser.findElement(By.cssSelector("#participant-birth-date input")).sendKeys("14/02/1979", Keys.ENTER);
        chooseInComboBox(wait, "participant-sex", "F");
        chooseInComboBox(wait, "participant-organisation", "PLIE");
        screenshot("6-participant-form");
        browser.findElement(By.id("save-participant")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("record-criterion"))).click();
        chooseInComboBox(wait, "criterion-select", "RSA");
        browser.findElement(By.cssSelector("#criterion-proof input")).sendKeys("Attestation CAF");
        String proofDate = java.time.LocalDate.now().minusDays(10)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.findElement(By.cssSelector("#criterion-proof-date input")).sendKeys(proofDate, Keys.ENTER);
        browser.findElement(By.id("save-criterion")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligibility-answer"), "Éligible le "));
        screenshot("7-eligibility");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("RSA");
    }

    /**
     * The whole chain across the pillars: a contract with a clause is notified, a participant is enrolled and
     * placed on it, the employer's statement is imported, checked and validated, and the clause's progress
     * appears on the contract.
     */
    @Test
    void aValidatedStatementMovesTheProgressOfTheClause() throws IOException {
        String month = thisMonth();
        String firstDay = firstDayOfThisMonth();

        WebDriverWait wait = logIn("commande");
        awardContractWithAClause(wait, "E2E-SUIVI-01");
        String contractUrl = browser.getCurrentUrl();

        String reference = enrolAnEligibleParticipant(wait, "Traoré", "Moussa", "03/09/1994", "H", firstDay, false);
        placeAndValidateAStatement(wait, reference, "E2E-SUIVI-01", firstDay, month);
        screenshot("8-statement-validated");

        // the placement's file shows the month's hours, from the validated statement
        browser.get(baseUrl + "/placements");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                        By.tagName("vaadin-grid-cell-content")).stream().filter(cell -> cell.getText().equals(reference))
                .findFirst().map(cell -> {
                    cell.click();
                    return true;
                }).orElse(false));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "(Validé)"));
        assertThat(cells()).contains(month, "151,67");
        screenshot("8b-placement-file");

        // the progress reaches procurement through an event, just after the validation commits
        reloadUntil(contractUrl, page -> cells().stream().anyMatch(text -> text.startsWith("151,67 h / 833 h")));
        screenshot("9-clause-progress");
    }

    /**
     * Pillar 3 from end to end: the urban-renewal department creates an operation of the PRUS Université and links
     * a notified contract's lot to it; a Nanterre resident of a QPV is placed on its clause and the employer's
     * statement is validated; the operation's realised hours and QPV share change, through facilitation's event.
     */
    @Test
    void theCharterCountsTheValidatedHoursOfANanterreQpvResident() throws IOException {
        String month = thisMonth();
        String firstDay = firstDayOfThisMonth();

        WebDriverWait wait = logIn("commande");
        awardContractWithAClause(wait, "E2E-PRUS-01");

        logIn("renovation");
        browser.get(baseUrl + "/operations-renovation");
        click(wait, "new-operation");
        chooseInComboBox(wait, "operation-project", "PRUS Université");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#operation-name input")))
                .sendKeys("Résidentialisation des Provinces françaises");
        chooseInSelect(wait, "operation-owner-kind", "Ville");
        browser.findElement(By.cssSelector("#operation-owner-name input")).sendKeys("Ville de Nanterre");
        chooseInSelect(wait, "operation-category", "Travaux");
        browser.findElement(By.cssSelector("#operation-start input"))
                .sendKeys(java.time.LocalDate.now().minusMonths(1).format(FRENCH_DATE), Keys.ENTER);
        browser.findElement(By.cssSelector("#operation-end input"))
                .sendKeys(java.time.LocalDate.now().plusMonths(23).format(FRENCH_DATE), Keys.ENTER);
        screenshot("10-operation-form");
        click(wait, "save-operation");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operation-title"),
                "Résidentialisation des Provinces françaises"));
        String operationUrl = browser.getCurrentUrl();

        click(wait, "link-lot");
        chooseInComboBox(wait, "lot-field", "E2E-PRUS-01");
        click(wait, "save-link");
        // 5 % of 1,000,000 € × 50 % ÷ 30 €/h = 5 % of 16,667 h
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operation-target"), "833 h"));
        assertThat(browser.findElement(By.id("operation-realised")).getText()).isEqualTo("0 h");
        screenshot("11-operation-linked");

        String reference = enrolAnEligibleParticipant(wait, "Benhamou", "Leïla", "21/06/1990", "F", firstDay, true);
        placeAndValidateAStatement(wait, reference, "E2E-PRUS-01", firstDay, month);

        // the hours reach urban renewal through ClauseWorkCounted, just after the validation commits
        logIn("renovation");
        reloadUntil(operationUrl, ExpectedConditions.textToBePresentInElementLocated(By.id("operation-realised"),
                "151,67 h"));
        assertThat(browser.findElement(By.id("operation-qpv-share")).getText()).isEqualTo("100 %");
        screenshot("12-operation-realised");
    }

    /**
     * A company's own statement, as French Excel saves it (Windows-1252, semicolons, a title row, decimal commas,
     * names with accents and apostrophes, no participant reference): the person placed with the employer is
     * found by name and birth date, an unknown one is refused with the reason, and the facilitator sees each
     * line's verdict before importing.
     */
    @Test
    void aCompanysOwnStatementIsMatchedByIdentityAndEachLineShowsItsVerdict() throws IOException {
        String month = thisMonth();
        String firstDay = firstDayOfThisMonth();

        WebDriverWait wait = logIn("commande");
        awardContractWithAClause(wait, "E2E-RELEVE-01");
        String reference = enrolAnEligibleParticipant(wait, "N'Diaye", "Aïssatou", "12/04/1990", "F", firstDay,
                false);
        placeOnTheClause(wait, reference, "E2E-RELEVE-01", firstDay);

        Path statement = Files.createTempFile("releve-entreprise", ".csv");
        Files.write(statement, ("Relevé mensuel des heures d'insertion - Routes de Seine\n"
                + "SIRET entreprise;Nom;Prénom;Date de naissance;Mois;Heures;Contrat\n"
                + "55210055400013;NDIAYE;Aissatou;1990-04-12;" + month + ";151,67;CDI\n"
                + "55210055400013;Lefèvre;Jean-Pierre;03/05/1985;" + month + ";120;CDD\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        uploadStatement(wait, statement);
        wait.until(d -> cells().stream().anyMatch(cell -> cell.startsWith("Valide")));
        screenshot("13-company-statement-preview");
        assertThat(cells()).anyMatch(cell -> cell.contains("NDIAYE") || cell.contains(reference));
        assertThat(cells()).anyMatch(cell -> cell.contains("pas de mise à l'emploi chez cet employeur")
                || cell.contains("personne inconnue"));
        assertThat(cells()).anyMatch(cell -> cell.contains("Lefèvre"));
    }

    /**
     * The companies' portal from end to end: a facilitator opens an account for the awardee; the e-mail with the
     * link is read from the SMTP server; the person sets a password, logs in on a phone (390 px wide), types last
     * month's hours; the facilitator checks and validates the statement; the company sees its clause progress.
     */
    @Test
    void aCompanySetsItsPasswordEntersItsHoursOnItsPhoneAndSeesItsClauseProgress() throws Exception {
        java.time.YearMonth lastMonth = java.time.YearMonth.now().minusMonths(1);
        String firstDay = lastMonth.atDay(1).format(FRENCH_DATE);
        WebDriverWait wait = logIn("commande");
        awardContractWithAClause(wait, "E2E-PORTAIL-01");
        String reference = enrolAnEligibleParticipant(wait, "Mendy", "Awa", "08/11/1992", "F", firstDay, false);
        placeOnTheClause(wait, reference, "E2E-PORTAIL-01", firstDay);

        // 1. the facilitator opens the account
        browser.get(baseUrl + "/comptes-entreprises");
        click(wait, "open-company-account");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#company-name input")))
                .sendKeys("Routes de Seine");
        browser.findElement(By.cssSelector("#company-email input")).sendKeys("paie@routes-de-seine.fr");
        browser.findElement(By.cssSelector("#company-sirets textarea")).sendKeys("552 100 554 00013");
        screenshot("14-company-account-form");
        click(wait, "save-company-account");
        wait.until(d -> cells().contains("paie@routes-de-seine.fr"));

        // 2. the e-mail, read from the SMTP server
        String link = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> java.util.Arrays
                .stream(smtp.getReceivedMessages()).map(EndToEndIT::body)
                .map(text -> java.util.regex.Pattern.compile("(http\\S+/mot-de-passe\\?jeton=[A-Za-z0-9_-]+)")
                        .matcher(text))
                .filter(java.util.regex.Matcher::find).map(found -> found.group(1)).findFirst().orElse(null));
        assertThat(link).startsWith(baseUrl);

        // 3. the password, on a phone
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(link);
            String password = "Routes de Seine 2026";
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#new-password input")))
                    .sendKeys(password);
            browser.findElement(By.cssSelector("#repeat-password input")).sendKeys(password);
            click(wait, "save-password");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-message"),
                    "Votre mot de passe est enregistré"));
            screenshot("15-portal-password-390");

            // 4. the company types last month's hours
            logInAs(wait, "paie@routes-de-seine.fr", password, "Espace entreprise");
            screenshot("16-portal-home-390");
            browser.get(baseUrl + "/portail/heures");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hours-" + reference + " input")))
                    .sendKeys("151,67");
            browser.findElement(By.cssSelector("#comment-" + reference + " input")).sendKeys("Mois complet");
            click(wait, "portal-check");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Valide"));
            click(wait, "portal-send");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Envoyé (Reçu)"));
            screenshot("17-portal-hours-390");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }

        // 5. the facilitator checks and validates it
        logIn("facilitateur");
        browser.get(baseUrl + "/releves");
        wait.until(d -> cells().contains("Saisie sur le portail"));
        click(wait, "check-statement");
        confirm(wait);
        click(wait, "validate-statement");
        confirm(wait);
        wait.until(d -> cells().contains("Validé"));

        // 6. the company sees its progress
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            logInAs(wait, "paie@routes-de-seine.fr", "Routes de Seine 2026", "Espace entreprise");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "151,67"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("E2E-PORTAIL-01", "833");
            screenshot("18-portal-progress-390");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private static String body(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private static void logInAs(WebDriverWait wait, String user, String password, String landing) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), landing));
    }

    /**
     * Issue 12's drill-down: an administrator clicks a buyer's bar in the chart of hours by buyer (the SVG drawn on
     * the server, a transparent band over each bar) and lands on the contracts list filtered on that buyer.
     */
    @Test
    void anAdministratorClicksABuyersBarAndLandsOnItsContracts() throws Exception {
        WebDriverWait wait = logIn("admin");
        wait.until(d -> d.getCurrentUrl().endsWith("/tableau-de-bord"));
        // the demo's hours are this year's; early in January the chart may still be empty: take the last year then
        By bars = By.cssSelector("#chart-buyer svg rect.drill-down");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(bars));
        } catch (org.openqa.selenium.TimeoutException noBarThisYear) {
            chooseInSelect(wait, "dashboard-year", String.valueOf(java.time.Year.now().getValue() - 1));
            wait.until(ExpectedConditions.presenceOfElementLocated(bars));
        }
        WebElement bar = browser.findElements(bars).getFirst();
        String buyer = bar.findElement(By.tagName("title")).getAttribute("textContent");
        assertThat(buyer).isNotBlank();
        screenshot("dashboard-admin");

        new org.openqa.selenium.interactions.Actions(browser).moveToElement(bar).click().perform();

        wait.until(d -> d.getCurrentUrl().contains("/marches?"));
        assertThat(java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                .endsWith("/marches?acheteur=" + buyer);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contract-search")));
        screenshot("dashboard-admin-drill-down");
    }

    /**
     * As the procurement department: a contract of 1,000,000 € with one lot whose clause is 50 % labour at 30 €/h
     * and 5 % (833 h), awarded to a company; the browser stays on the contract.
     */
    @Test
    void aViewerReadsThePolicyDashboardItsChartsAndDownloadsTheYearlyReport() throws Exception {
        WebDriverWait wait = logIn("lecteur");

        wait.until(d -> d.getCurrentUrl().endsWith("/tableau-de-bord"));
        for (String chart : List.of("chart-trend", "chart-pillar", "chart-buyer", "chart-clauses", "chart-profile")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " svg")));
        }
        assertThat(browser.findElements(By.cssSelector("[id^=chart-] svg"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("[id^=chart-] svg rect.drill-down")))
                .as("a viewer reads aggregates only: no bar leads to a list").isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(
                "Tableau de bord de la politique d'insertion", "Heures d'insertion réalisées", "Secret statistique").doesNotContainPattern("P-\\d{4}-\\d{6}");
        screenshot("dashboard-viewer");

        String href = browser.findElement(By.id("dashboard-pdf")).getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href.startsWith("http") ? href
                        : baseUrl + "/" + href)).header("Cookie", "JSESSIONID=" + session).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = SCREENSHOTS.resolve("bilan-annuel.pdf");
        Files.write(file, pdf);
        StringBuilder text = new StringBuilder();
        try (org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
            }
        }
        // this year so far: "Bilan de la politique d'insertion du 1 janvier … au …"
        assertThat(text).contains("Bilan de la politique d'insertion du 1 janvier", "Chiffres clés",
                "Heures par mois, comparées à l'année précédente").doesNotContainPattern("P-\\d{4}-\\d{6}");
        // the pages as pictures, to look at (target/e2e/bilan-annuel-1.png …)
        Process pictures = new ProcessBuilder("pdftoppm", "-png", "-r", "60", file.toString(),
                SCREENSHOTS.resolve("bilan-annuel").toString()).inheritIO().start();
        assertThat(pictures.waitFor()).isZero();
        assertThat(SCREENSHOTS.resolve("bilan-annuel-1.png")).exists();
    }

    private static void awardContractWithAClause(WebDriverWait wait, String reference) {
        browser.get(baseUrl + "/marches");
        click(wait, "create-contract");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contract-reference input")))
                .sendKeys(reference);
        browser.findElement(By.cssSelector("#contract-object textarea")).sendKeys("Résidentialisation Chemin de l'Île");
        browser.findElement(By.cssSelector("#contract-amount input")).sendKeys("1000000");
        browser.findElement(By.id("save-contract")).click();
        click(wait, "add-lot");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lot-title input"))).sendKeys("VRD");
        browser.findElement(By.cssSelector("#lot-amount input")).sendKeys("1000000");
        browser.findElement(By.id("save-lot")).click();
        click(wait, "clause-lot-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#clause-labour-share input")))
                .sendKeys("50");
        browser.findElement(By.cssSelector("#clause-rate input")).sendKeys("5");
        browser.findElement(By.cssSelector("#clause-penalty input")).sendKeys("40");
        browser.findElement(By.id("save-clause")).click();
        click(wait, "awardee-lot-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#awardee-siret input")))
                .sendKeys("55210055400013");
        browser.findElement(By.cssSelector("#awardee-name input")).sendKeys("Routes de Seine");
        browser.findElement(By.id("save-awardee")).click();
        click(wait, "award-contract");
        click(wait, "confirm-date");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Notifié"));
    }

    /**
     * As the employment department: enrols a participant with the RSA proved on {@code proofDate}, living in a QPV
     * of Nanterre or not, and returns their reference.
     */
    private static String enrolAnEligibleParticipant(WebDriverWait wait, String lastName, String firstName,
                                                     String birthDate, String sex, String proofDate,
                                                     boolean nanterreQpvResident) {
        logIn("partenaires");
        browser.get(baseUrl + "/participants");
        click(wait, "enrol-participant");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#participant-last-name input")))
                .sendKeys(lastName);
        browser.findElement(By.cssSelector("#participant-first-name input")).sendKeys(firstName);
        browser.findElement(By.cssSelector("#participant-birth-date input")).sendKeys(birthDate, Keys.ENTER);
        chooseInComboBox(wait, "participant-sex", sex);
        chooseInComboBox(wait, "participant-organisation", "PLIE");
        if (nanterreQpvResident) {
            click(wait, "participant-nanterre-resident");
            click(wait, "participant-qpv-resident");
        }
        browser.findElement(By.id("save-participant")).click();
        click(wait, "record-criterion");
        chooseInComboBox(wait, "criterion-select", "RSA");
        browser.findElement(By.cssSelector("#criterion-proof input")).sendKeys("Attestation CAF");
        browser.findElement(By.cssSelector("#criterion-proof-date input")).sendKeys(proofDate, Keys.ENTER);
        browser.findElement(By.id("save-criterion")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eligibility-answer"), "Éligible le "));
        return browser.findElement(By.tagName("h2")).getText().replaceAll(".*(P-\\d{4}-\\d{6}).*", "$1");
    }

    /**
     * As a facilitator: places the participant on the contract's clause from {@code startDate}, then imports the
     * employer's statement of 151.67 h for {@code month}, checks it and validates it.
     */
    private static void placeAndValidateAStatement(WebDriverWait wait, String reference, String contract,
                                                   String startDate, String month) throws IOException {
        placeOnTheClause(wait, reference, contract, startDate);
        Path statement = Files.createTempFile("releve", ".csv");
        Files.writeString(statement, "\uFEFFRéférence participant;Mois;Heures\n" + reference + ";" + month + ";151,67\n");
        uploadStatement(wait, statement);
        click(wait, "import-statement");
        confirm(wait);
        click(wait, "check-statement");
        confirm(wait);
        click(wait, "validate-statement");
        confirm(wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Validé"));
    }

    /** As a facilitator: places the participant on the contract's clause, with its awardee, from {@code startDate}. */
    private static void placeOnTheClause(WebDriverWait wait, String reference, String contract, String startDate) {
        logIn("facilitateur");
        browser.get(baseUrl + "/placements");
        click(wait, "new-placement");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#placement-reference input")))
                .sendKeys(reference);
        chooseInComboBox(wait, "placement-clause", contract);
        browser.findElement(By.cssSelector("#placement-employer input")).sendKeys("Routes de Seine");
        browser.findElement(By.cssSelector("#placement-start input")).sendKeys(startDate, Keys.ENTER);
        browser.findElement(By.id("save-placement")).click();
        wait.until(d -> cells().contains(reference));
    }

    /** Opens the statements' import and gives it the file; the preview shows each line's verdict. */
    private static void uploadStatement(WebDriverWait wait, Path statement) {
        browser.get(baseUrl + "/releves");
        click(wait, "open-statement-import");
        // the upload's file input sits in its shadow DOM
        wait.until(d -> {
            WebElement upload = d.findElement(By.id("statement-upload"));
            List<WebElement> inputs = upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"));
            if (inputs.isEmpty()) {
                inputs = upload.findElements(By.cssSelector("input[type=file]"));
            }
            if (inputs.isEmpty()) {
                return false;
            }
            inputs.getFirst().sendKeys(statement.toAbsolutePath().toString());
            return true;
        });
    }

    /**
     * Opens the page again until it shows what an event brings a moment after a commit elsewhere (at most a
     * minute, each look waiting 5 s).
     */
    private static void reloadUntil(String url, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> shown) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            browser.get(url);
            try {
                return new WebDriverWait(browser, Duration.ofSeconds(5)).until(shown);
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
    }

    /** This month as statements write it: 12/2026. */
    private static String thisMonth() {
        return java.time.YearMonth.now().format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
    }

    private static String firstDayOfThisMonth() {
        return java.time.YearMonth.now().atDay(1).format(FRENCH_DATE);
    }

    /** Clicks once the element is there and still attached: screens re-render after each change. */
    private static void click(WebDriverWait wait, String id) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(By.id(id)).click();
                    return true;
                });
    }

    private static void confirm(WebDriverWait wait) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).stream()
                .filter(WebElement::isDisplayed).findFirst().map(button -> {
                    button.click();
                    return true;
                }).orElse(false));
    }

    /** Opens a select and clicks the item that shows the text. */
    private static void chooseInSelect(WebDriverWait wait, String id, String text) {
        click(wait, id);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                        By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals(text)).findFirst().map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
    }

    /**
     * Types into a combo box and clicks the item that shows the text: a lazy combo box may still show its
     * unfiltered items for a moment, so "the first item" is not enough.
     */
    private static void chooseInComboBox(WebDriverWait wait, String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(text);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                        By.tagName("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().contains(text)).findFirst().map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
    }

    private static WebDriverWait logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        // each role starts on its own home (the policy dashboard, a department's figures, the agenda)
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        return wait;
    }

    private static List<String> cells() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void waitForStart(Path log) throws Exception {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (System.currentTimeMillis() < deadline) {
            String output = Files.readString(log);
            if (output.contains("Started Application")) {
                return;
            }
            if (!application.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + output);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not start within 3 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
