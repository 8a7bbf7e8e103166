import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run against the application on loopback (issue 14, item 9): N simulated users, each with its own
 * HTTP session, log in with the demo accounts (form login) and navigate the main screens of their role for M
 * minutes, one screen every 1 to 3 seconds. After the login, Vaadin's bootstrap request
 * ({@code GET /?v-r=init&location=<route>}) opens one UI, as a page load does; each navigation is then the
 * {@code ui-navigate} event a click in the side navigation sends, timed from request to answer: the server builds
 * the view, runs its queries, and answers with it (grids' first rows included). A navigation fails when the answer
 * is not 200, or shows the "page not found or not allowed" view, an internal error or an expired session. Prints
 * p50/p95/max per screen and errors; every session stays open at the end, for the memory measure. Run by
 * {@code scripts/load-run}, which starts the packaged application and measures its memory; alone:
 * {@code java scripts/LoadRun.java http://localhost:8080 50 5}. Only loopback addresses are accepted.
 */
public class LoadRun {

    /**
     * The demo accounts (password "demo") and the main screens of their roles: each department's home, the policy
     * dashboard (administrators and viewers), the companies' portal. Each home is named by its route, not by "":
     * the root forwards to it, and a navigation to the view already shown answers no view.
     */
    static final Map<String, List<String>> ROLES = Map.of(
            "partenaires", List.of("accueil-emploi-insertion", "structures", "participants", "soutien"),
            "commande", List.of("accueil-commande-publique", "marches", "plan", "metiers"),
            "renovation", List.of("accueil-renovation-urbaine", "renovation-urbaine", "operations-renovation",
                    "marches"),
            "facilitateur", List.of("suivi", "placements", "releves", "offres", "candidatures", "convention-mef",
                    "annuaire", "participants", "marches"),
            "lecteur", List.of("tableau-de-bord", "renovation-urbaine", "operations-renovation", "convention-mef"),
            "admin", List.of("tableau-de-bord", "structures", "marches", "audit", "renovation-urbaine",
                    "convention-mef", "accueil-emploi-insertion", "accueil-commande-publique",
                    "accueil-renovation-urbaine"),
            "entreprise@demo.fr", List.of("portail", "portail/heures", "portail/releves"));
    /** Every account among the first ten users (a short run of 10 visits every screen), then the usual mix. */
    static final List<String> USERS = List.of("facilitateur", "commande", "partenaires", "renovation", "lecteur",
            "admin", "entreprise@demo.fr", "facilitateur", "commande", "partenaires", "facilitateur", "lecteur");
    static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern SYNC = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    static final Pattern CLIENT = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    static final Map<String, List<Double>> TIMES = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    static final List<String> FIRST_ERRORS = Collections.synchronizedList(new ArrayList<>());
    /** When the run started, and the seconds since then at which each navigation over a second ended. */
    static final long STARTED = System.nanoTime();
    static final List<Double> SLOW_AT = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        double minutes = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        String host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Loopback only: " + base);
        }
        long end = System.nanoTime() + (long) (minutes * 60e9);
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            String user = USERS.get(i % USERS.size());
            long seed = i;
            Thread.ofPlatform().name("user-" + i).start(() -> {
                try {
                    new User(base, user, new Random(seed)).run(end);
                } catch (Exception e) {
                    error("session", e.toString());
                } finally {
                    done.countDown();
                }
            });
            Thread.sleep(100); // users arrive over five seconds, not in one burst
        }
        done.await();
        report(users, minutes);
    }

    static void report(int users, double minutes) {
        System.out.printf(Locale.ROOT, "%n%d users, %.1f minutes, on %s%n", users, minutes,
                System.getProperty("os.name"));
        System.out.println("| screen | navigations | p50 ms | p95 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        List<Double> all = new ArrayList<>();
        int errors = 0;
        for (var entry : new TreeMap<>(TIMES).entrySet()) {
            List<Double> times = new ArrayList<>(entry.getValue());
            all.addAll(times);
            int failed = ERRORS.getOrDefault(entry.getKey(), new AtomicInteger()).get();
            errors += failed;
            System.out.println(line(entry.getKey(), times, failed));
        }
        for (var entry : ERRORS.entrySet()) {
            if (!TIMES.containsKey(entry.getKey())) {
                errors += entry.getValue().get();
                System.out.printf("| %s | 0 | | | | %d |%n", entry.getKey(), entry.getValue().get());
            }
        }
        System.out.println(line("**all navigations**", all, errors));
        System.out.println("errors: " + errors + (FIRST_ERRORS.isEmpty() ? "" : " — first ones: " + FIRST_ERRORS));
        List<Double> slow = new ArrayList<>(SLOW_AT);
        Collections.sort(slow);
        System.out.printf(Locale.ROOT, "navigations over 1 s: %d (%.2f %%)%s%n", slow.size(),
                all.isEmpty() ? 0 : 100.0 * slow.size() / all.size(), slow.isEmpty() ? ""
                        : String.format(Locale.ROOT, ", %d of them in the first minute; the last one %.0f s after "
                                + "the start", slow.stream().filter(at -> at < 60).count(), slow.getLast()));
    }

    static String line(String screen, List<Double> times, int errors) {
        Collections.sort(times);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %d |", screen.isEmpty() ? "(home)" : screen,
                times.size(), percentile(times, 50), percentile(times, 95), times.isEmpty() ? 0 : times.getLast(),
                errors);
    }

    static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void error(String screen, String what) {
        ERRORS.computeIfAbsent(screen, s -> new AtomicInteger()).incrementAndGet();
        if (FIRST_ERRORS.size() < 5) {
            FIRST_ERRORS.add(screen + ": " + what);
        }
    }

    /** One user: a session of its own, a login, then screens of its role until the end. */
    static final class User {
        final String base;
        final String name;
        final Random random;
        final HttpClient http;
        int uiId = -1;
        String key = "";
        int syncId;
        int clientId;
        String shown = "-";

        User(String base, String name, Random random) {
            this.base = base;
            this.name = name;
            this.random = random;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void run(long end) throws Exception {
            logIn();
            List<String> screens = ROLES.get(name);
            while (System.nanoTime() < end) {
                // another screen than the one shown: the same one again changes nothing and answers no view
                String screen;
                do {
                    screen = screens.get(random.nextInt(screens.size()));
                } while (screen.equals(shown));
                navigate(screen);
                shown = screen;
                Thread.sleep(1000 + random.nextInt(2000));
            }
            // the tab stays open: the memory is measured with every session and its UI
        }

        void logIn() throws Exception {
            HttpResponse<String> page = get("/login");
            String csrf = find(CSRF, page.body());
            if (csrf == null) {
                csrf = find(CSRF_INPUT, page.body());
            }
            String form = "username=" + enc(name) + "&password=demo" + (csrf == null ? "" : "&_csrf=" + enc(csrf));
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login of " + name + " failed: " + login.statusCode() + " " + location);
            }
        }

        /**
         * A click in the side navigation: the {@code ui-navigate} event the browser sends to the server, which
         * builds the view (its grids' first rows included) and answers with it. The first one, after the login,
         * follows the bootstrap request that opens the UI, as a page load does.
         */
        void navigate(String screen) {
            try {
                if (uiId < 0) {
                    String init = get("/?v-r=init&location=" + enc(screen) + "&query=").body();
                    uiId = Integer.parseInt(find(UI_ID, init, "-1"));
                    key = find(KEY, init, "");
                    syncId = Integer.parseInt(find(SYNC, init, "0"));
                    clientId = 0;
                }
                String event = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                        + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + screen + "\",\"query\":\"\","
                        + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId + "},\"trigger\":\"\"}}],"
                        + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
                long start = System.nanoTime();
                HttpResponse<String> answer = post("/?v-r=uidl&v-uiId=" + uiId, event);
                double ms = (System.nanoTime() - start) / 1e6;
                String body = answer.body();
                if (answer.statusCode() != 200) {
                    error(screen, "HTTP " + answer.statusCode());
                } else if (body.contains("Page introuvable") || body.contains("exception while trying to navigate")
                        || body.contains("Internal error") || body.contains("\"appError\"")
                        || body.contains("\"sessionExpired\"") || !body.contains("\"changes\"")) {
                    // a view was built: its components arrive as changes
                    error(screen, "not shown: " + body.substring(0, Math.min(300, body.length())));
                    uiId = -1;
                } else {
                    TIMES.computeIfAbsent(screen, s -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                    if (ms > 1000) {
                        SLOW_AT.add((System.nanoTime() - STARTED) / 1e9);
                    }
                }
                syncId = Integer.parseInt(find(SYNC, body, Integer.toString(syncId)));
                clientId = Integer.parseInt(find(CLIENT, body, Integer.toString(clientId + 1)));
            } catch (Exception e) {
                error(screen, e.toString());
                uiId = -1;
            }
        }

        /** The unload beacon a browser sends when its tab closes: the server closes that UI. */
        void leave() throws IOException, InterruptedException {
            if (uiId < 0) {
                return;
            }
            post("/?v-r=uidl&v-uiId=" + uiId, "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}");
            uiId = -1;
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String find(Pattern pattern, String text, String otherwise) {
        String found = find(pattern, text);
        return found == null ? otherwise : found;
    }
}
