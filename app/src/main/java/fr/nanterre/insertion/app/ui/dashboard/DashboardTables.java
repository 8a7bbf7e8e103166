package fr.nanterre.insertion.app.ui.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import fr.nanterre.insertion.app.dashboard.Pillars;
import fr.nanterre.insertion.app.dashboard.PolicyFigures;
import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.urbanrenewal.CharterLine;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.report.SmallCounts;
import fr.nanterre.platform.report.SmallCounts.Count;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's tables, the same on screen, in the spreadsheet and in the PDF. For a reader of aggregates only
 * ({@code masked}), every count of people goes through {@link SmallCounts}: "&lt; 5" from 1 to 4, and a second cell
 * hidden when a breakdown would otherwise give the first one away; no name and no reference appear anywhere.
 */
final class DashboardTables {

    /** Labels of the criteria, by code (reference data from partners). */
    private final Map<String, String> criterionLabels;
    private final PolicyFigures figures;
    private final boolean masked;
    private final Locale locale;
    /** Where each line leads, kept as the lines are built (the screen's drill-down; none in the files). */
    private final DashboardLinks links;

    DashboardTables(PolicyFigures figures, boolean masked, Locale locale, Map<String, String> criterionLabels) {
        this(figures, masked, locale, criterionLabels, DashboardLinks.none(figures.from(), figures.to()));
    }

    DashboardTables(PolicyFigures figures, boolean masked, Locale locale, Map<String, String> criterionLabels,
                    DashboardLinks links) {
        this.figures = figures;
        this.masked = masked;
        this.locale = locale;
        this.criterionLabels = criterionLabels;
        this.links = links;
    }

    DashboardLinks links() {
        return links;
    }

    List<ReportTable> all() {
        return List.of(headline(), since(), byPillar(), byYear(), byMonth(), byModality(), byBuyer(), clauses(),
                profile("sex", enumKeys(Sex.values()), "participants.sex."),
                profile("age-band", enumKeys(AgeBand.values()), "app.dashboard.age-band."),
                profile("residence", enumKeys(Residence.values()), "facilitation.residence."),
                criteria(), exits(), charter());
    }

    ReportTable headline() {
        Pillars now = figures.current();
        Pillars before = figures.previous();
        List<List<?>> rows = new ArrayList<>();
        rows.add(amount("hours", now.work().hours(), before.work().hours()));
        rows.add(amount("etp", figures.etp(now.work().hours()), figures.etp(before.work().hours())));
        rows.add(people("people", now.work().people(), before.work().people()));
        rows.add(people("missions", now.work().missions(), before.work().missions()));
        for (String key : List.of("hours", "etp", "people", "missions")) {
            headlineLink(key, links.placementsOfPeriod());
        }
        rows.add(amount("contracts", now.procurement().contractsWithSocialConsideration(),
                before.procurement().contractsWithSocialConsideration()));
        rows.add(amount("companies", now.procurement().companies(), before.procurement().companies()));
        headlineLink("contracts", links.socialContractsOfPeriod());
        headlineLink("companies", links.socialContractsOfPeriod());
        rows.add(amount("penalties", now.procurement().penaltiesAtStake(), before.procurement().penaltiesAtStake()));
        rows.add(amount("siae", now.partners().siaeSupported(), before.partners().siaeSupported()));
        rows.add(amount("grants-granted", now.partners().grantsGranted(), before.partners().grantsGranted()));
        rows.add(amount("grants-paid", now.partners().grantsPaid(), before.partners().grantsPaid()));
        rows.add(people("pathways", now.partners().participantsInPathways(),
                before.partners().participantsInPathways()));
        headlineLink("siae", links.siae());
        headlineLink("grants-granted", links.support());
        headlineLink("grants-paid", links.support());
        headlineLink("pathways", links.participants());
        Map<OutcomeCategory, Count> exitsNow = SmallCounts.breakdown(now.partners().exits(), masked);
        Map<OutcomeCategory, Count> exitsBefore = SmallCounts.breakdown(before.partners().exits(), masked);
        for (OutcomeCategory category : OutcomeCategory.values()) {
            String label = text("app.dashboard.figure.exits", text("participants.category." + category.name()));
            rows.add(people(label, exitsNow.get(category), exitsBefore.get(category)));
            links.put(DashboardLinks.HEADLINE, label, links.participants("sortie", category.name()));
        }
        return new ReportTable(text("app.dashboard.table.headline"), List.of(text("app.dashboard.column.figure"),
                text("app.dashboard.column.period"), text("app.dashboard.column.year-earlier"),
                text("app.dashboard.column.change")), rows);
    }

    ReportTable since() {
        WorkFigures since = figures.since();
        links.put(DashboardLinks.SINCE, DashboardLinks.SINCE, links.placements(YearMonth.of(figures.sinceYear(), 1),
                YearMonth.from(figures.to())));
        return new ReportTable(text("app.dashboard.table.since", String.valueOf(figures.sinceYear())),
                List.of(text("app.dashboard.column.figure"), text("app.dashboard.column.value")),
                List.of(List.of(text("app.dashboard.figure.missions"), SmallCounts.one(since.missions(), masked).cell()),
                        List.of(text("app.dashboard.figure.hours"), since.hours()),
                        List.of(text("app.dashboard.figure.etp"), figures.etp(since.hours()))));
    }

    ReportTable byPillar() {
        Pillars now = figures.current();
        BigDecimal siae = BigDecimal.valueOf(now.partners().siaeReportedHours());
        List<List<?>> rows = List.of(
                List.of(text("app.dashboard.pillar.1"), siae, figures.etp(siae)),
                List.of(text("app.dashboard.pillar.2"), now.procurementOnlyHours(),
                        figures.etp(now.procurementOnlyHours())),
                List.of(text("app.dashboard.pillar.3"), now.charterHours(), figures.etp(now.charterHours())),
                List.of(text("app.dashboard.pillar.4"), now.work().hours(), figures.etp(now.work().hours())));
        String title = text("app.dashboard.table.pillar");
        for (int pillar = 1; pillar <= 4; pillar++) {
            links.put(title, text("app.dashboard.pillar." + pillar), links.pillar(pillar));
        }
        return new ReportTable(title, List.of(text("app.dashboard.column.pillar"),
                text("app.dashboard.column.hours"), text("app.dashboard.column.etp")), rows);
    }

    ReportTable byYear() {
        List<List<?>> rows = new ArrayList<>();
        String title = text("app.dashboard.table.year", String.valueOf(figures.sinceYear()));
        YearMonth last = YearMonth.from(figures.to());
        figures.hoursByYear().forEach((year, hours) -> {
            rows.add(List.of(year.toString(), hours, figures.etp(hours)));
            YearMonth december = year.atMonth(12);
            links.put(title, year.toString(), links.placements(year.atMonth(1),
                    december.isAfter(last) ? last : december));
        });
        rows.add(List.of(text("app.dashboard.total"), figures.since().hours(), figures.etp(figures.since().hours())));
        links.put(title, text("app.dashboard.total"), links.placements(YearMonth.of(figures.sinceYear(), 1), last));
        return new ReportTable(title,
                List.of(text("app.dashboard.column.year"), text("app.dashboard.column.hours"),
                        text("app.dashboard.column.etp")), rows);
    }

    ReportTable byMonth() {
        List<List<?>> rows = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>(figures.previous().work().hoursByMonth().values());
        int i = 0;
        for (Map.Entry<YearMonth, BigDecimal> month : figures.current().work().hoursByMonth().entrySet()) {
            rows.add(List.of(month(month.getKey()), month.getValue(),
                    i < before.size() ? before.get(i) : BigDecimal.ZERO));
            links.put(text("app.dashboard.table.month"), month(month.getKey()),
                    links.placements(month.getKey(), month.getKey()));
            i++;
        }
        rows.add(List.of(text("app.dashboard.total"), figures.current().work().hours(),
                figures.previous().work().hours()));
        links.put(text("app.dashboard.table.month"), text("app.dashboard.total"), links.placementsOfPeriod());
        return new ReportTable(text("app.dashboard.table.month"), List.of(text("app.dashboard.column.month"),
                text("app.dashboard.column.hours"), text("app.dashboard.column.hours-year-earlier")), rows);
    }

    ReportTable byModality() {
        WorkFigures work = figures.current().work();
        List<List<?>> rows = new ArrayList<>();
        // no share when nothing was worked (Arrays.asList keeps the empty cell)
        work.hoursByModality().forEach((modality, hours) -> {
            rows.add(Arrays.asList(text("facilitation.modality." + modality.name()), hours,
                    share(hours, work.hours())));
            links.put(text("app.dashboard.table.modality"), text("facilitation.modality." + modality.name()),
                    links.placementsOfPeriod("modalite", modality.name()));
        });
        links.put(text("app.dashboard.table.modality"), text("app.dashboard.total"), links.placementsOfPeriod());
        rows.add(Arrays.asList(text("app.dashboard.total"), work.hours(), share(work.hours(), work.hours())));
        return new ReportTable(text("app.dashboard.table.modality"), List.of(text("app.dashboard.column.modality"),
                text("app.dashboard.column.hours"), text("app.dashboard.column.share")), rows);
    }

    ReportTable byBuyer() {
        ProcurementFigures procurement = figures.current().procurement();
        Map<String, BigDecimal> worked = figures.current().work().hoursByBuyer();
        Map<String, List<Object>> lines = new LinkedHashMap<>();
        for (ProcurementFigures.BuyerHours buyer : procurement.byBuyer()) {
            lines.put(buyer.buyer(), new ArrayList<>(List.of(buyer.buyer(),
                    worked.getOrDefault(buyer.buyer(), BigDecimal.ZERO), buyer.clauses(), buyer.targetHours(),
                    buyer.realisedHours())));
            links.put(text("app.dashboard.table.buyer"), buyer.buyer(), links.buyer(buyer.buyer()));
        }
        worked.forEach((buyer, hours) -> lines.computeIfAbsent(buyer, b -> {
            if (!b.isEmpty()) {
                links.put(text("app.dashboard.table.buyer"), b, links.buyer(b));
            }
            return new ArrayList<>(List.of(b.isEmpty() ? text("app.dashboard.no-clause") : b, hours, 0L, 0L,
                    BigDecimal.ZERO));
        }));
        List<List<?>> rows = new ArrayList<>(lines.values());
        rows.add(List.of(text("app.dashboard.total"), figures.current().work().hours(), procurement.clauses(),
                procurement.targetHours(), procurement.realisedHours()));
        return new ReportTable(text("app.dashboard.table.buyer"), List.of(text("app.dashboard.column.buyer"),
                text("app.dashboard.column.hours-period"), text("app.dashboard.column.clauses"),
                text("app.dashboard.column.target"), text("app.dashboard.column.realised")), rows);
    }

    ReportTable clauses() {
        ProcurementFigures procurement = figures.current().procurement();
        List<List<?>> rows = new ArrayList<>();
        procurement.statuses().forEach((status, count) -> {
            rows.add(List.of(status(status), count));
            links.put(text("app.dashboard.table.clauses"), status(status), links.compliance(status));
        });
        rows.add(List.of(text("app.dashboard.total"), procurement.clauses()));
        return new ReportTable(text("app.dashboard.table.clauses"), List.of(text("app.dashboard.column.status"),
                text("app.dashboard.column.clauses")), rows);
    }

    /** The participants list's query parameter of each profile dimension. */
    private static final Map<String, String> PROFILE_PARAMETERS = Map.of("sex", "sexe", "age-band", "age",
            "residence", "residence");

    /** People who worked (facilitation) and people in pathways (partners), side by side, each column protected. */
    ReportTable profile(String dimension, List<String> keys, String labelPrefix) {
        WorkFigures work = figures.current().work();
        PartnerFigures partners = figures.current().partners();
        Map<String, Long> worked = switch (dimension) {
            case "sex" -> work.peopleBySex();
            case "age-band" -> work.peopleByAgeBand();
            default -> work.peopleByResidence();
        };
        Map<String, Long> inPathways = new LinkedHashMap<>();
        (switch (dimension) {
            case "sex" -> partners.bySex();
            case "age-band" -> partners.byAgeBand();
            default -> partners.byResidence();
        }).forEach((key, count) -> inPathways.put(((Enum<?>) key).name(), count));
        List<String> all = new ArrayList<>(keys);
        if (worked.containsKey(WorkFigures.UNKNOWN)) {
            all.add(WorkFigures.UNKNOWN);
        }
        Map<String, Long> workedCells = new LinkedHashMap<>();
        Map<String, Long> pathwayCells = new LinkedHashMap<>();
        all.forEach(key -> {
            workedCells.put(key, worked.getOrDefault(key, 0L));
            pathwayCells.put(key, inPathways.getOrDefault(key, 0L));
        });
        Map<String, Count> workedShown = SmallCounts.breakdown(workedCells, masked);
        Map<String, Count> pathwayShown = SmallCounts.breakdown(pathwayCells, masked);
        List<List<?>> rows = new ArrayList<>();
        for (String key : all) {
            String label = key.equals(WorkFigures.UNKNOWN) ? text("app.dashboard.unknown") : text(labelPrefix + key);
            rows.add(List.of(label, workedShown.get(key).cell(), pathwayShown.get(key).cell()));
            if (!key.equals(WorkFigures.UNKNOWN)) {
                links.put(text("app.dashboard.table." + dimension), label, links.participants(
                        PROFILE_PARAMETERS.get(dimension), key));
            }
        }
        rows.add(List.of(text("app.dashboard.total"), SmallCounts.one(work.people(), masked).cell(),
                SmallCounts.one(partners.participantsInPathways(), masked).cell()));
        links.put(text("app.dashboard.table." + dimension), text("app.dashboard.total"), links.participants());
        return new ReportTable(text("app.dashboard.table." + dimension), List.of(text("app.dashboard.column." + dimension),
                text("app.dashboard.column.people-worked"), text("app.dashboard.column.people-pathways")), rows);
    }

    /** A person may meet several criteria: no total, each column protected all the same. */
    ReportTable criteria() {
        Map<String, Long> worked = figures.current().work().peopleByCriterion();
        Map<String, Long> inPathways = figures.current().partners().byCriterion();
        Map<String, Long> workedCells = new LinkedHashMap<>();
        Map<String, Long> pathwayCells = new LinkedHashMap<>();
        for (String code : criterionLabels.keySet()) {
            if (worked.containsKey(code) || inPathways.containsKey(code)) {
                workedCells.put(code, worked.getOrDefault(code, 0L));
                pathwayCells.put(code, inPathways.getOrDefault(code, 0L));
            }
        }
        Map<String, Count> workedShown = SmallCounts.breakdown(workedCells, masked);
        Map<String, Count> pathwayShown = SmallCounts.breakdown(pathwayCells, masked);
        List<List<?>> rows = new ArrayList<>();
        workedCells.keySet().forEach(code -> {
            rows.add(List.of(criterionLabels.getOrDefault(code, code), workedShown.get(code).cell(),
                    pathwayShown.get(code).cell()));
            links.put(text("app.dashboard.table.criterion"), criterionLabels.getOrDefault(code, code),
                    links.participants("critere", code));
        });
        return new ReportTable(text("app.dashboard.table.criterion"), List.of(text("app.dashboard.column.criterion"),
                text("app.dashboard.column.people-worked"), text("app.dashboard.column.people-pathways")), rows);
    }

    ReportTable exits() {
        Map<OutcomeCategory, Long> pathways = figures.current().partners().exits();
        Map<OutcomeCategory, Long> placed = figures.current().work().exits();
        Map<OutcomeCategory, Count> pathwaysShown = SmallCounts.breakdown(pathways, masked);
        Map<OutcomeCategory, Count> placedShown = SmallCounts.breakdown(placed, masked);
        List<List<?>> rows = new ArrayList<>();
        for (OutcomeCategory category : OutcomeCategory.values()) {
            rows.add(List.of(text("participants.category." + category.name()), pathwaysShown.get(category).cell(),
                    placedShown.get(category).cell()));
            links.put(text("app.dashboard.table.exits"), text("participants.category." + category.name()),
                    links.participants("sortie", category.name()));
        }
        rows.add(List.of(text("app.dashboard.total"),
                SmallCounts.one(figures.current().partners().allExits(), masked).cell(),
                SmallCounts.one(figures.current().work().allExits(), masked).cell()));
        return new ReportTable(text("app.dashboard.table.exits"), List.of(text("app.dashboard.column.outcome"),
                text("app.dashboard.column.exits-pathways"), text("app.dashboard.column.exits-placed")), rows);
    }

    /** The charter of the period's last year, per project and owner. */
    ReportTable charter() {
        int year = figures.to().getYear();
        List<List<?>> rows = new ArrayList<>();
        String title = text("app.dashboard.table.charter", String.valueOf(year));
        for (CharterLine line : figures.current().charter()) {
            String label = line.owner() == null ? line.project() : line.project() + " – " + line.owner();
            links.put(title, label, links.urbanRenewal());
            rows.add(Arrays.asList(label,
                    line.charterTarget(), line.nanterreHours(), line.sinceStart(),
                    line.charterTarget() == 0 ? null : line.sinceStart().multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(line.charterTarget()), 1, RoundingMode.HALF_UP),
                    SmallCounts.one(line.people(), masked).cell(), status(line.status())));
        }
        return new ReportTable(title,
                List.of(text("app.dashboard.column.project"), text("app.dashboard.column.charter-target"),
                        text("app.dashboard.column.nanterre-hours-year", String.valueOf(year)),
                        text("app.dashboard.column.since-start"), text("app.dashboard.column.percent-target"),
                        text("app.dashboard.column.people"), text("app.dashboard.column.status")), rows);
    }

    private void headlineLink(String key, DashboardLinks.@Nullable Target target) {
        links.put(DashboardLinks.HEADLINE, text("app.dashboard.figure." + key), target);
    }

    private List<?> amount(String key, Number now, Number before) {
        BigDecimal a = new BigDecimal(now.toString());
        BigDecimal b = new BigDecimal(before.toString());
        return Arrays.asList(text("app.dashboard.figure." + key), now, before, PolicyFigures.change(a, b));
    }

    private List<?> people(String key, long now, long before) {
        return people(text("app.dashboard.figure." + key), SmallCounts.one(now, masked),
                SmallCounts.one(before, masked));
    }

    private static List<?> people(String label, Count now, Count before) {
        BigDecimal change = now.hidden() || before.hidden() ? null
                : PolicyFigures.change(BigDecimal.valueOf(now.value()), BigDecimal.valueOf(before.value()));
        return Arrays.asList(label, now.cell(), before.cell(), change);
    }

    private static @Nullable BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    String status(@Nullable ComplianceStatus status) {
        return text("app.dashboard.status." + (status == null ? "NONE" : status.name()));
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }

    private static List<String> enumKeys(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    Locale localeOf() {
        return locale;
    }

    String text(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}
