package fr.nanterre.insertion.app.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.procurement.FullTimeEquivalents;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterLine;
import fr.nanterre.platform.security.Roles;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Assembles the policy dashboard from the four modules' indicators APIs; it reads no table itself. Administrators
 * and viewers only; the small counts of people are hidden from viewers by the screens and reports. The modules'
 * calls are independent: they run at the same time on a small pool ({@code insertion.dashboard.threads}, 4 by
 * default; 1 runs them one after the other), each in the caller's security context, so each module checks the
 * caller's roles as before; the first failure surfaces as it was thrown.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
public class PolicyDashboard {

    private final PartnerIndicators partners;
    private final ProcurementIndicators procurement;
    private final CharterIndicators charter;
    private final FacilitationIndicators facilitation;
    private final FullTimeEquivalents fullTimeEquivalents;
    private final Concurrently concurrently;

    PolicyDashboard(PartnerIndicators partners, ProcurementIndicators procurement, CharterIndicators charter,
                    FacilitationIndicators facilitation, FullTimeEquivalents fullTimeEquivalents,
                    ObjectProvider<SecurityContextHolderStrategy> security,
                    @Value("${insertion.dashboard.threads:4}") int threads) {
        this.partners = partners;
        this.procurement = procurement;
        this.charter = charter;
        this.facilitation = facilitation;
        this.fullTimeEquivalents = fullTimeEquivalents;
        this.concurrently = new Concurrently(Math.max(1, threads),
                security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    @PreDestroy
    void stop() {
        concurrently.stop();
    }

    /**
     * The period from {@code from} to {@code to} (both included), the same period a year earlier, and the work
     * since January 1st of {@code sinceYear} to {@code to}.
     */
    public PolicyFigures figures(LocalDate from, LocalDate to, int sinceYear) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        List<Future<?>> started = new ArrayList<>();
        try {
            // the since-year work is the longest: started first
            Future<WorkFigures> since = start(started, () -> facilitation.between(LocalDate.of(sinceYear, 1, 1), to));
            Map<Integer, Future<List<CharterLine>>> charterYears = new TreeMap<>();
            for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
                int charterYear = year;
                charterYears.put(year, start(started, () -> charter.progress(charterYear)));
            }
            Period current = period(started, from, to);
            Period previous = period(started, from.minusYears(1), to.minusYears(1));
            return new PolicyFigures(from, to, current.pillars(charterYears), previous.pillars(charterYears),
                    fullTimeEquivalents.hoursPerEtp(), sinceYear, Concurrently.result(since));
        } finally {
            // after a failure, the other calls are not waited for
            started.forEach(call -> call.cancel(true));
        }
    }

    private <T> Future<T> start(List<Future<?>> started, java.util.concurrent.Callable<T> call) {
        Future<T> future = concurrently.start(call);
        started.add(future);
        return future;
    }

    private Period period(List<Future<?>> started, LocalDate from, LocalDate to) {
        return new Period(from, to, start(started, () -> partners.between(from, to)),
                start(started, () -> procurement.between(from, to)),
                start(started, () -> facilitation.between(from, to)));
    }

    /** One period's calls, started. */
    private record Period(LocalDate from, LocalDate to, Future<PartnerFigures> partners,
                          Future<ProcurementFigures> procurement, Future<WorkFigures> work) {

        /** The charter of the period's last year, and pillar 3's hours over the period's calendar years. */
        Pillars pillars(Map<Integer, Future<List<CharterLine>>> charterYears) {
            List<CharterLine> lines = List.of();
            BigDecimal charterHours = BigDecimal.ZERO;
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                lines = Concurrently.result(charterYears.get(year));
                charterHours = charterHours.add(lines.stream().filter(line -> line.owner() == null)
                        .map(CharterLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            return new Pillars(Concurrently.result(partners), Concurrently.result(procurement), lines, charterHours,
                    Concurrently.result(work));
        }
    }
}
