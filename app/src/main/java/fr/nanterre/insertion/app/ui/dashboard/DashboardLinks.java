package fr.nanterre.insertion.app.ui.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where the dashboard's figures, chart bars and breakdown lines lead (issue 12's drill-down): the list they count,
 * already filtered by its query parameters (the URL contract each list reads in {@code beforeEnter}). A target is
 * offered only when the user may open its list ({@code mayOpen}, the list's {@code @RolesAllowed}); a viewer
 * reads aggregates only and gets none. Each place (a table's title, a chart's id) keeps its targets by the label
 * of its line or bar, as they are built.
 */
final class DashboardLinks {

    /** A list route and its query parameters, in order. */
    record Target(String route, Map<String, String> parameters) {

        Target {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        QueryParameters query() {
            return QueryParameters.simple(parameters);
        }

        /** The URL a click opens, relative to the application: {@code marches?acheteur=Paris%20La%20D%C3%A9fense}. */
        String url() {
            return parameters.isEmpty() ? route : route + "?" + parameters.entrySet().stream()
                    .map(p -> encode(p.getKey()) + "=" + encode(p.getValue())).collect(Collectors.joining("&"));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** The key of the headline figures' place, the cards at the top. */
    static final String HEADLINE = "headline";
    /** The key of the since-year card's place. */
    static final String SINCE = "since";

    private final LocalDate from;
    private final LocalDate to;
    private final Predicate<String> mayOpen;
    private final Map<String, Map<String, Target>> places = new HashMap<>();

    /**
     * @param mayOpen whether the user may open a list route ("marches"); always false for a reader of aggregates
     */
    DashboardLinks(LocalDate from, LocalDate to, Predicate<String> mayOpen) {
        this.from = from;
        this.to = to;
        this.mayOpen = mayOpen;
    }

    /** No target at all: the viewers' dashboard, and the PDF. */
    static DashboardLinks none(LocalDate from, LocalDate to) {
        return new DashboardLinks(from, to, route -> false);
    }

    /** Keeps the target of a line or bar labelled {@code label} in {@code place}; nothing when it is null. */
    void put(String place, String label, @Nullable Target target) {
        if (target != null) {
            places.computeIfAbsent(place, p -> new LinkedHashMap<>()).put(label, target);
        }
    }

    /** The targets of a place by label, empty when none may be opened. */
    Map<String, Target> at(String place) {
        return places.getOrDefault(place, Map.of());
    }

    // the lists, by the URL contract (docs/decisions/0025-dashboards-and-charts.md)

    /** Placements with counted hours in those months ({@code placements?mois=&mois-au=}), and more filters. */
    @Nullable Target placements(YearMonth first, YearMonth last, String... more) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("mois", first.toString());
        if (!last.equals(first)) {
            parameters.put("mois-au", last.toString());
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            parameters.put(more[i], more[i + 1]);
        }
        return target("placements", parameters);
    }

    /** Placements with counted hours in the period's months. */
    @Nullable Target placementsOfPeriod(String... more) {
        return placements(YearMonth.from(from), YearMonth.from(to), more);
    }

    /** Contracts of a buyer (exact name). */
    @Nullable Target buyer(String buyer) {
        return target("marches", Map.of("acheteur", buyer));
    }

    /** Contracts having a clause in that status today. */
    @Nullable Target compliance(@Nullable ComplianceStatus status) {
        return status == null ? null : target("marches", Map.of("conformite", status.name()));
    }

    /** Contracts with a social consideration, any date ({@code marches?consideration=sociale}). */
    @Nullable Target socialContracts() {
        return target("marches", Map.of("consideration", "sociale"));
    }

    /** Contracts with a social consideration notified in the period. */
    @Nullable Target socialContractsOfPeriod() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("consideration", "sociale");
        parameters.put("notifie-du", from.toString());
        parameters.put("notifie-au", to.toString());
        return target("marches", parameters);
    }

    /** Participants in a pathway during the period, with one more filter ({@code sexe}, {@code age}…) or none. */
    @Nullable Target participants(String... filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("parcours-du", from.toString());
        parameters.put("parcours-au", to.toString());
        for (int i = 0; i + 1 < filter.length; i += 2) {
            parameters.put(filter[i], filter[i + 1]);
        }
        return target("participants", parameters);
    }

    /** The SIAE among the structures. */
    @Nullable Target siae() {
        return target("structures", Map.of("type", "SIAE"));
    }

    /** The City's support to the structures: grants agreed and paid (pillar 1's list). */
    @Nullable Target support() {
        return target("soutien", Map.of());
    }

    /** The urban renewal projects (pillar 3's list). */
    @Nullable Target urbanRenewal() {
        return target("renovation-urbaine", Map.of());
    }

    /** The list of pillar 1 to 4. */
    @Nullable Target pillar(int pillar) {
        return switch (pillar) {
            case 1 -> support();
            case 2 -> socialContracts();
            case 3 -> urbanRenewal();
            default -> placementsOfPeriod();
        };
    }

    private @Nullable Target target(String route, Map<String, String> parameters) {
        return mayOpen.test(route) ? new Target(route, parameters) : null;
    }
}
