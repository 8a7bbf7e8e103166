package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Crash-safe imports and events (issue 14, item 3): the packaged application, on a database directory kept across
 * its starts, is killed with SIGKILL ({@code kill -9}) in the middle of a 100,000-line statement import, of that
 * statement's validation and of a 20,000-contract DECP import, each driven from its screen in headless Chromium,
 * and again just after a commit while the event publication registry still holds publications to deliver. After
 * each kill it is started again, and the database must show:
 * <ul>
 *   <li>no partial statement (each statement has as many ledger lines as it says) and no partial DECP import
 *   (none or all of its contracts);</li>
 *   <li>no incomplete event publication once the restarted application has republished them;</li>
 *   <li>every clause's kept progress equal to a full recount of the ledger, in facilitation and in procurement.</li>
 * </ul>
 * The kill is timed from the database: as soon as the application's transaction has written (it holds a
 * transaction id), or as soon as a publication is incomplete. After {@code kill -9} of the JVM, the embedded
 * PostgreSQL it started keeps running: the test reads the database as the crash left it, then stops that orphan
 * (a fast shutdown) before the next start. Figures (how long each work ran before the kill, what was found) are
 * printed and written to {@code target/crash/report.md}.
 */
class CrashIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path HERE = Path.of("target", "crash");
    private static final Path DATA = HERE.resolve("postgres");
    private static final int PEOPLE = 100_000;
    private static final int CLAUSES = 2_000;
    private static final int CONTRACTS = 20_000;
    /** The demo accounts' hashes (password "demo"), without the demo data. */
    private static final String[] USERS = {
            "--insertion.security.users[0].username=facilitateur",
            "--insertion.security.users[0].password={bcrypt}$2a$10$qWGNLDhUuLLH8tFBttVpy.OhOCrbK0g060EkWHnBaE3iDvr0Ca3zK",
            "--insertion.security.users[0].roles=FACILITATOR",
            "--insertion.security.users[1].username=commande",
            "--insertion.security.users[1].password={bcrypt}$2a$10$6Gm95lR97yFjZm.p9PNmaee3acXQWWrg1u1SjYfwjOql5uTSunhPS",
            "--insertion.security.users[1].roles=PROCUREMENT"};

    private static Process application;
    private static int starts;
    private static String baseUrl;
    private static int databasePort;
    private static ChromeDriver browser;
    private static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void startOnAFreshDirectory() throws Exception {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").exists();
        stopOrphanPostmaster();
        deleteRecursively(DATA);
        Files.createDirectories(HERE);
        baseUrl = "http://localhost:" + freePort();
        databasePort = freePort();
        start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("insertion-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (application != null) {
            application.destroy();
            application.waitFor(60, TimeUnit.SECONDS);
        }
        stopOrphanPostmaster();
        String report = String.join("\n", REPORT);
        System.out.println("\n=== Crash test ===\n" + report);
        Files.writeString(HERE.resolve("report.md"), report + "\n");
    }

    @Test
    void killedInTheMiddleOfImportsAndValidationsTheApplicationComesBackWhole() throws Exception {
        seedPlacementsOnClauses();
        Path statement = HERE.resolve("releve-national.csv");
        StringBuilder lines = new StringBuilder("\uFEFFRéférence participant;Mois;Heures\n");
        for (int i = 1; i <= PEOPLE; i++) {
            lines.append("C-2025-%06d;02/2025;151,67\n".formatted(i));
        }
        Files.writeString(statement, lines, StandardCharsets.UTF_8);

        // 1. the statement's import, killed while its transaction writes
        uploadStatement(statement);
        click("import-statement");
        confirm();
        killWhen("the statement import's transaction has written", WRITING);
        restartAndCheck("killed during the statement import");
        assertThat(count("select count(*) from facilitation.statement where file_name = 'releve-national.csv'"))
                .as("no statement left by the killed import").isZero();

        // imported again, to the end
        uploadStatement(statement);
        click("import-statement");
        confirm();
        awaitDatabase("the statement received", "select count(*) from facilitation.statement "
                + "where file_name = 'releve-national.csv' and state = 'RECEIVED'", 1);

        // 2. its validation, killed while it writes (state, ledger's count of 2,000 clauses, publications)
        nextStep("check-statement");
        awaitDatabase("the statement checked", "select count(*) from facilitation.statement "
                + "where file_name = 'releve-national.csv' and state = 'CHECKED'", 1);
        nextStep("validate-statement");
        killWhen("the validation's transaction has written", WRITING);
        restartAndCheck("killed during the validation");
        assertThat(count("select count(*) from facilitation.statement where file_name = 'releve-national.csv' "
                + "and state = 'CHECKED'")).as("the killed validation left the statement checked").isOne();

        // validated again, killed once it committed, while procurement and urban renewal have yet to hear of it
        nextStep("validate-statement");
        killWhen("the validation committed, its publications incomplete", INCOMPLETE);
        restartAndCheck("killed after the validation's commit");
        assertThat(count("select count(*) from facilitation.statement where file_name = 'releve-national.csv' "
                + "and state = 'VALIDATED'")).isOne();
        assertThat(count("select count(*) from procurement.clause_progress")).as("every clause's progress reached "
                + "procurement through the republished event").isEqualTo(CLAUSES);

        // 3. a DECP import of 20,000 contracts, killed while it writes
        Path decp = HERE.resolve("decp-national.json");
        Files.writeString(decp, decpFile(CONTRACTS, new Random(1)));
        uploadDecp(decp);
        killWhen("the DECP import's transaction has written", WRITING);
        restartAndCheck("killed during the DECP import");
        assertThat(count("select count(*) from procurement.contract where reference like 'CRASH-%'"))
                .as("no contract left by the killed import").isZero();

        // imported again, killed once it committed, while facilitation and urban renewal have yet to hear of it
        uploadDecp(decp);
        killWhen("the DECP import committed, its publications incomplete", INCOMPLETE);
        restartAndCheck("killed after the DECP import's commit");
        assertThat(count("select count(*) from procurement.contract where reference like 'CRASH-%'"))
                .isEqualTo(CONTRACTS);
    }

    // ---------------------------------------------------------------------------------------------------------
    // killing and starting again

    /** The application's transaction has written: it holds a transaction id (mid-transaction by construction). */
    private static final String WRITING = """
            select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()
            and backend_xid is not null and query not ilike '%event_publication%'""";
    /** A publication is not completed yet: a listener in another module still has to handle it. */
    private static final String INCOMPLETE = "select count(*) from event_publication where completion_date is null";

    /** Polls the database every 10 ms; kills the JVM with SIGKILL the moment the condition holds. */
    private static void killWhen(String moment, String condition) throws Exception {
        long started = System.nanoTime();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            while (true) {
                try (ResultSet rs = sql.executeQuery(condition)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        break;
                    }
                }
                if (System.nanoTime() - started > Duration.ofMinutes(5).toNanos()) {
                    throw new AssertionError("never seen: " + moment);
                }
                Thread.sleep(10);
            }
        }
        application.destroyForcibly();                  // SIGKILL: no shutdown hook, no close of anything
        application.waitFor(30, TimeUnit.SECONDS);
        long pid = application.pid();
        try (Connection db = database()) {              // the orphan postmaster: the database as the crash left it
            REPORT.add("- kill -9 of the JVM (pid %d) when %s, %,d ms after the click; left behind: %s".formatted(
                    pid, moment, (System.nanoTime() - started) / 1_000_000, state(db)));
        }
    }

    private static String state(Connection db) throws SQLException {
        return "%d statement(s) of the file (%d ledger line(s) with them), %d CRASH contract(s), %d incomplete "
                .formatted(count(db, "select count(*) from facilitation.statement where file_name = 'releve-national.csv'"),
                        count(db, "select count(*) from facilitation.hours_entry h join facilitation.statement s "
                                + "on s.id = h.statement_id where s.file_name = 'releve-national.csv'"),
                        count(db, "select count(*) from procurement.contract where reference like 'CRASH-%'"),
                        count(db, INCOMPLETE))
                + "publication(s)";
    }

    /**
     * Stops the orphan postmaster, starts the application on the same directory, waits for the registry to deliver
     * what was incomplete, then checks the invariants.
     */
    private static void restartAndCheck(String what) throws Exception {
        stopOrphanPostmaster();
        start();
        awaitDatabase("every incomplete publication delivered again", INCOMPLETE, 0);
        try (Connection db = database()) {
            long partialStatements = count(db, """
                    select count(*) from facilitation.statement s
                    where s.lines <> (select count(*) from facilitation.hours_entry h where h.statement_id = s.id)""");
            long crashContracts = count(db, "select count(*) from procurement.contract where reference like 'CRASH-%'");
            long contractsWithoutLot = count(db, """
                    select count(*) from procurement.contract c where c.reference like 'CRASH-%'
                    and not exists (select 1 from procurement.lot l where l.contract_id = c.id)""");
            long keptNotRecounted = count(db, KEPT_AGAINST_RECOUNT);
            long procurementNotKept = count(db, PROCUREMENT_AGAINST_KEPT);
            REPORT.add("  - restarted (%s): %d partial statement(s), %d CRASH contract(s) (%d without "
                    .formatted(what, partialStatements, crashContracts, contractsWithoutLot)
                    + "their lot), 0 incomplete publication(s) after republication, %d clause(s) whose kept totals differ "
                    .formatted(keptNotRecounted)
                    + "from a full recount, %d whose progress in procurement differs from them".formatted(
                    procurementNotKept));
            assertThat(partialStatements).as("partial statements").isZero();
            assertThat(crashContracts).as("a DECP import is all or nothing").isIn(0L, (long) CONTRACTS);
            assertThat(contractsWithoutLot).isZero();
            assertThat(keptNotRecounted).as("clauses whose kept progress differs from a full recount").isZero();
            assertThat(procurementNotKept).as("clauses whose progress in procurement differs from facilitation's")
                    .isZero();
        }
    }

    /** Clauses whose kept hours per modality or people differ from the ledger recounted in full (V9's rule). */
    private static final String KEPT_AGAINST_RECOUNT = """
            with recount as (
                select s.clause_id, p.modality, round(sum(h.hours * s.percent / 100), 4) as hours
                from facilitation.placement_share s
                join facilitation.placement p on p.id = s.placement_id
                join facilitation.counted_hours h on h.placement_id = p.id
                group by s.clause_id, p.modality),
            people as (
                select s.clause_id, count(distinct p.participant_id) as people
                from facilitation.placement_share s
                join facilitation.placement p on p.id = s.placement_id
                join facilitation.counted_hours h on h.placement_id = p.id
                group by s.clause_id)
            select count(distinct clause_id) from (
                select clause_id from recount r
                full join facilitation.clause_total_modality m using (clause_id, modality)
                where coalesce(r.hours, 0) <> coalesce(m.hours, 0)
                union all
                select clause_id from people
                full join facilitation.clause_total t using (clause_id)
                where coalesce(people.people, 0) <> coalesce(t.people, 0)) differing""";

    /** Clauses procurement knows whose realised hours differ from facilitation's kept ones (coefficients of 1). */
    private static final String PROCUREMENT_AGAINST_KEPT = """
            select count(*) from procurement.clause_progress cp
            left join (select clause_id, sum(hours) as hours from facilitation.clause_total_modality group by clause_id) f
                using (clause_id)
            where cp.realised_hours <> round(coalesce(f.hours, 0), 2)""";

    private static void start() throws Exception {
        starts++;
        Path log = HERE.resolve("application-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/insertion.jar",
                "--server.port=" + baseUrl.substring(baseUrl.lastIndexOf(':') + 1),
                "--insertion.embedded-postgres.data-directory=" + DATA.toAbsolutePath(),
                "--insertion.embedded-postgres.port=" + databasePort));
        command.addAll(List.of(USERS));
        application = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a loaded machine (CI, or builds beside it) can take minutes to start the application
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(8).toMillis();
        while (!Files.readString(log).contains("Started Application")) {
            if (!application.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + Files.readString(log));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The application did not start within 8 minutes; see " + log);
            }
            Thread.sleep(300);
        }
    }

    /** The postmaster our data directory's pid file names, if it still runs: a fast shutdown, then wait. */
    private static void stopOrphanPostmaster() throws Exception {
        Path pidFile = DATA.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        var postmaster = ProcessHandle.of(pid);
        if (postmaster.isPresent()) {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.get().onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the data

    /**
     * 100,000 people placed from January 2025 on 2,000 clauses, with January's hours validated: written straight
     * into the database (no screen enters 100,000 placements), with the clauses' kept totals as the ledger keeps
     * them.
     */
    private static void seedPlacementsOnClauses() throws Exception {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                        lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                    select md5('c' || i)::uuid, md5('k' || i)::uuid, 'SEED-' || i, 'Ville de Nanterre', 1,
                        'Lot ' || i, '55210055400013', 20000, date '2025-01-01', 24
                    from generate_series(0, %d) i""".formatted(CLAUSES - 1));
            sql.execute("""
                    insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                        employer_name, modality, start_date, eligible_at_start, validated_by, validated_at, version)
                    select md5('p' || i)::uuid, md5('q' || i)::uuid, 'C-2025-' || lpad(i::text, 6, '0'),
                        '55210055400013', 'Crash', case when i %% 3 = 0 then 'PROVISION' else 'DIRECT_HIRE' end,
                        date '2025-01-01', true, 'crash', now(), 0
                    from generate_series(1, %d) i""".formatted(PEOPLE));
            sql.execute("""
                    insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                    select md5('p' || i)::uuid, 0, md5('c' || (i %% %d))::uuid, 100 from generate_series(1, %d) i"""
                    .formatted(CLAUSES, PEOPLE));
            // January's hours in ten statements (one statement for every line would mislead the planner)
            sql.execute("""
                    insert into facilitation.statement (id, file_name, received_at, received_by, state, lines, version)
                    select md5('s' || k)::uuid, 'janvier-' || k, now(), 'crash', 'VALIDATED', %d, 0
                    from generate_series(0, 9) k""".formatted(PEOPLE / 10));
            sql.execute("""
                    insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                    select md5('p' || i)::uuid, date '2025-01-01', 100 + (i %% 50), md5('s' || (i %% 10))::uuid, 'crash'
                    from generate_series(1, %d) i""".formatted(PEOPLE));
            sql.execute("""
                    insert into facilitation.clause_total (clause_id, people)
                    select s.clause_id, count(distinct p.participant_id) from facilitation.placement_share s
                    join facilitation.placement p on p.id = s.placement_id
                    join facilitation.counted_hours h on h.placement_id = p.id group by s.clause_id""");
            sql.execute("""
                    insert into facilitation.clause_total_modality (clause_id, modality, hours)
                    select s.clause_id, p.modality, sum(h.hours * s.percent / 100) from facilitation.placement_share s
                    join facilitation.placement p on p.id = s.placement_id
                    join facilitation.counted_hours h on h.placement_id = p.id group by s.clause_id, p.modality""");
            sql.execute("analyze");
        }
    }

    /** A DECP v2 file of {@code size} marchés (as procurement's DecpBenchmarkTest makes them), 80 % notified. */
    private static String decpFile(int size, Random random) {
        StringBuilder json = new StringBuilder("{\"marches\":{\"marche\":[");
        for (int i = 1; i <= size; i++) {
            if (i > 1) {
                json.append(',');
            }
            boolean notified = random.nextInt(10) < 8;
            json.append("""
                    {"id":"CRASH-%06d","acheteur":{"id":"21920050200019"},"objet":"Entretien des espaces verts – lot %d",\
                    "codeCPV":"%08d","procedure":"Procédure adaptée","montant":%d,"dureeMois":%d,\
                    "considerationsSociales":{"considerationSociale":["%s"]}%s}""".formatted(i, 1 + random.nextInt(12),
                    45_000_000 + random.nextInt(1_000_000), 10_000 + random.nextInt(5_000_000), 1 + random.nextInt(48),
                    random.nextInt(5) == 0 ? "Clause sociale" : "Pas de considération sociale",
                    notified ? ",\"dateNotification\":\"2026-%02d-%02d\",\"titulaires\":[{\"titulaire\":{\"typeIdentifiant\":\"SIRET\",\"id\":\"%014d\"}}]"
                            .formatted(1 + random.nextInt(12), 1 + random.nextInt(28),
                                    80_000_000_000_000L + random.nextInt(2_000) * 100_000L) : ""));
        }
        return json.append("]}}").toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the screens

    private static void uploadStatement(Path file) {
        WebDriverWait wait = logIn("facilitateur");
        browser.get(baseUrl + "/releves");
        click("open-statement-import");
        upload(wait, By.id("statement-upload"), file);
        awaitEnabled(wait, By.id("import-statement"));
    }

    private static void uploadDecp(Path file) {
        WebDriverWait wait = logIn("commande");
        browser.get(baseUrl + "/marches");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                        By.tagName("vaadin-button")).stream().filter(b -> b.getText().contains("Importer (DECP)"))
                .findFirst().map(b -> {
                    b.click();
                    return true;
                }).orElse(false));
        upload(wait, By.cssSelector("vaadin-dialog-overlay vaadin-upload, vaadin-upload"), file);
        By apply = By.xpath("//vaadin-button[contains(., 'marchés valides')]");
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> d.findElements(apply).stream()
                .anyMatch(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null));
        browser.findElement(apply).click();
        confirm();
    }

    /** The next step of the statement in the statements' grid (check or validate), confirmed. */
    private static void nextStep(String id) {
        logIn("facilitateur");
        browser.get(baseUrl + "/releves");
        click(id);
        confirm();
    }

    private static void upload(WebDriverWait wait, By uploadElement, Path file) {
        wait.until(d -> {
            WebElement upload = d.findElement(uploadElement);
            List<WebElement> inputs = upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"));
            if (inputs.isEmpty()) {
                inputs = upload.findElements(By.cssSelector("input[type=file]"));
            }
            if (inputs.isEmpty()) {
                return false;
            }
            inputs.getFirst().sendKeys(file.toAbsolutePath().toString());
            return true;
        });
    }

    private static void awaitEnabled(WebDriverWait wait, By button) {
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> {
            WebElement element = d.findElement(button);
            return element.isDisplayed() && element.getDomAttribute("disabled") == null;
        });
    }

    private static void click(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(By.id(id)).click();
                    return true;
                });
    }

    private static void confirm() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(
                        By.cssSelector("vaadin-button[slot='confirm-button']")).stream()
                .filter(WebElement::isDisplayed).findFirst().map(button -> {
                    button.click();
                    return true;
                }).orElse(false));
    }

    private static WebDriverWait logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        // logged in: the shell shows the log-out button (the page may be the home or the last screen asked for)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Se déconnecter"));
        return wait;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the database, read as an administrator would with psql

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres",
                "postgres");
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = database()) {
            return count(db, sql);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitDatabase(String what, String sql, long expected) throws Exception {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
        while (count(sql) != expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 5 minutes: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
