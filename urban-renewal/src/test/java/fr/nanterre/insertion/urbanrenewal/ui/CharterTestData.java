package fr.nanterre.insertion.urbanrenewal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.WorkedHours;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OperationDetails;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.ProjectDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** What the screens' tests build on: projects, operations, contracts of procurement and counted hours. */
final class CharterTestData {

    private CharterTestData() {
    }

    static ProjectDetails project(String name) {
        return new ProjectDetails(name, "Petit Nanterre", LocalDate.of(2020, 1, 1), LocalDate.of(2032, 12, 31),
                "C. Martin", new BigDecimal("5"));
    }

    static OperationDetails operation(String name, OperationCategory category, LocalDate start, LocalDate end) {
        return new OperationDetails(name, OwnerKind.SOCIAL_LANDLORD, "Hauts-de-Seine Habitat", category, start, end);
    }

    /** Works that started at the beginning of last year and end in two years. */
    static OperationDetails runningWorks(String name, Clock clock) {
        int year = LocalDate.now(clock).getYear();
        return operation(name, OperationCategory.WORKS, LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 2, 12, 31));
    }

    /**
     * This year's hours on the clause: a QPV resident's 100 h (a woman under 26), a Nanterre resident's 50 h
     * outside QPV (a man of 50 or more) and a non-resident's 30 h: 150 h for the charter, 66.7 % of them in QPV.
     */
    static ClauseWorkCounted threePeople(UUID clauseId, Clock clock) {
        int year = LocalDate.now(clock).getYear();
        return new ClauseWorkCounted(clock.instant(), List.of(new ClauseWork(clauseId, List.of(
                new WorkedHours(UUID.randomUUID(), UUID.randomUUID(), year, Residence.NANTERRE_QPV, Sex.FEMALE,
                        AgeBand.UNDER_26, new BigDecimal("100")),
                new WorkedHours(UUID.randomUUID(), UUID.randomUUID(), year, Residence.NANTERRE, Sex.MALE,
                        AgeBand.FROM_50, new BigDecimal("50")),
                new WorkedHours(UUID.randomUUID(), UUID.randomUUID(), year, Residence.ELSEWHERE, Sex.MALE,
                        AgeBand.FROM_26_TO_49, new BigDecimal("30"))))));
    }

    /** Publishes the event as facilitation does: in the transaction that counted the hours. */
    static void publish(TransactionTemplate transactions, ApplicationEventPublisher events, ClauseWorkCounted counted) {
        transactions.executeWithoutResult(status -> events.publishEvent(counted));
    }

    /** Runs the work as a user with these roles, then gives the test's user back. */
    static <T> T as(SecurityContextHolderStrategy security, Supplier<T> work, String... roles) {
        SecurityContext before = security.getContext();
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("r.urbaine", null,
                AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(role -> "ROLE_" + role).toList()))));
        try {
            return work.get();
        } finally {
            security.setContext(before);
        }
    }
}
