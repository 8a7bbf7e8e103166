package fr.nanterre.insertion.facilitation.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import fr.nanterre.insertion.ModuleTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The portal's screens for a company, portail@alpha-btp.fr (SIRET 81111111100015), beside another company,
 * 82222222200015, each with a clause and a person placed: the home shows only its own, the month's sheet sends the
 * hours as a received statement from the portal; and the password page with a wrong token.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = PortalHomeView.class)
class PortalViewsTest extends SpringBrowserlessTest {

    private static final String ALPHA = "81111111100015";
    private static final String BRAVO = "82222222200015";
    private static final String ACCOUNT = "portail@alpha-btp.fr";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void companiesWithAClauseAndAPersonEach() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        if (jdbc.sql("select count(*) from facilitation.company_account where username = ?").param(ACCOUNT)
                .query(Long.class).single() > 0) {
            return;
        }
        UUID account = UUID.randomUUID();
        jdbc.sql("""
                        insert into facilitation.company_account (id, username, name, language, active, created_by,
                            created_at, version) values (?, ?, 'Alpha BTP', 'fr', true, 'test', now(), 0)""")
                .params(account, ACCOUNT).update();
        jdbc.sql("insert into facilitation.company_account_siret values (?, ?)").params(account, ALPHA).update();
        LocalDate start = YearMonth.now(clock).minusMonths(3).atDay(1);
        for (String siret : new String[]{ALPHA, BRAVO}) {
            UUID clause = UUID.randomUUID();
            jdbc.sql("""
                            insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                                lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                            values (?, ?, ?, 'Ville de Nanterre', 1, 'Gros œuvre', ?, 833, ?, 24)""")
                    .params(clause, UUID.randomUUID(), "M-" + siret, siret, start).update();
            UUID placement = UUID.randomUUID();
            jdbc.sql("""
                            insert into facilitation.placement (id, participant_id, participant_reference,
                                employer_siret, employer_name, modality, contract_type, start_date, end_date,
                                eligible_at_start, validated_by, validated_at, version)
                            values (?, ?, ?, ?, ?, 'DIRECT_HIRE', 'CDD', ?, null, true, 'test', now(), 0)""")
                    .params(placement, UUID.randomUUID(), "P-T-" + siret.substring(0, 4), siret, "Entreprise " + siret,
                            start).update();
            jdbc.sql("insert into facilitation.placement_share values (?, 0, ?, 100)").params(placement, clause)
                    .update();
        }
    }

    @Test
    @WithMockUser(username = ACCOUNT, roles = "COMPANY")
    void theHomeShowsTheCompanysClauseAndPeopleOnly() {
        PortalHomeView home = navigate(PortalHomeView.class);
        assertThat($(Div.class).withClassName("portal-clause").all()).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("M-" + ALPHA)
                        .contains("833").doesNotContain("M-" + BRAVO));
        assertThat(test(home.people).size()).isEqualTo(1);
        assertThat(test(home.people).getCellText(0, 1)).isEqualTo("P-T-8111");
    }

    @Test
    @WithMockUser(username = ACCOUNT, roles = "COMPANY")
    void theHoursTypedForTheMonthAreSentAsAReceivedStatementFromThePortal() {
        PortalHoursView view = navigate(PortalHoursView.class);
        view.month.setValue(YearMonth.now(clock).minusMonths(2));
        assertThat(view.rows).hasSize(1);
        PortalHoursView.Row row = view.rows.values().iterator().next();
        row.hours().setValue(new BigDecimal("151.67"));
        row.comment().setValue("Deux jours d'intempéries");
        test(view.check).click();
        assertThat(row.verdict().getText()).isEqualTo("Valide");
        assertThat(view.send.isEnabled()).isTrue();
        test(view.send).click();

        assertThat(jdbc.sql("""
                        select count(*) from facilitation.statement st
                        join facilitation.hours_entry h on h.statement_id = st.id
                        join facilitation.statement_comment c on c.statement_id = st.id
                        where st.employer_siret = ? and st.origin = 'PORTAL' and st.state = 'RECEIVED'
                          and h.hours = 151.67 and c.comment = 'Deux jours d''intempéries'""")
                .param(ALPHA).query(Long.class).single()).isEqualTo(1);
        assertThat(view.rows.values().iterator().next().line().locked()).as("sent, so locked").isTrue();
    }

    @Test
    void aWrongLinkSaysSo() {
        UI.getCurrent().navigate("mot-de-passe", com.vaadin.flow.router.QueryParameters.of("jeton", "faux"));
        PasswordView view = $(PasswordView.class).single();
        assertThat(view.message.getText()).startsWith("Ce lien n'est pas valide.");
        assertThat(view.save.isVisible()).isFalse();
    }
}
