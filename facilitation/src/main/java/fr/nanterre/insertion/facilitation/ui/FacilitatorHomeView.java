package fr.nanterre.insertion.facilitation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.agenda.FacilitatorAgenda;
import fr.nanterre.insertion.facilitation.agenda.FacilitatorAgenda.LateClause;
import fr.nanterre.insertion.facilitation.agreement.AgreementReport;
import fr.nanterre.insertion.facilitation.agreement.MefAgreements;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.portal.StatementReminders;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import jakarta.annotation.security.RolesAllowed;

/**
 * The facilitator's day: this year's agreement's objectives against the results so far, clauses behind schedule,
 * statements waiting, placements ending this month.
 */
@Route("suivi")
@Menu(title = "facilitation.agenda.menu", order = 39, icon = "vaadin:dashboard")
@RolesAllowed(Roles.FACILITATOR)
class FacilitatorHomeView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LateClause> late = new Grid<>();
    final Grid<Statement> waiting = new Grid<>();
    final Grid<Placement> ending = new Grid<>();
    /** This year's agreement: its objectives against the results so far. */
    final Grid<AgreementReport.Comparison> agreement = new Grid<>();

    /** The clauses behind page from the database; statements waiting and placements ending are short, read whole. */
    FacilitatorHomeView(FacilitatorAgenda agenda, MefAgreements agreements, StatementReminders reminders, Clock clock) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        late.addColumn(l -> l.clause().contractReference()).setHeader(getTranslation("facilitation.agenda.contract"))
                .setAutoWidth(true);
        late.addColumn(l -> l.clause().buyer()).setHeader(getTranslation("facilitation.agenda.buyer"));
        late.addColumn(l -> l.clause().lotNumber() + " – " + l.clause().lotTitle())
                .setHeader(getTranslation("facilitation.agenda.lot")).setFlexGrow(2);
        late.addColumn(l -> getTranslation("facilitation.agenda.hours",
                        Format.number(l.realisedHours(), getLocale()), l.expectedHours(), l.clause().targetHours()))
                .setHeader(getTranslation("facilitation.agenda.realised")).setFlexGrow(2);
        // paged by the database: a city may run thousands of clauses
        late.setItems(query -> agenda.clausesBehindSchedule(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) agenda.countClausesBehindSchedule());
        late.setEmptyStateText(getTranslation("facilitation.agenda.no-late"));

        waiting.addColumn(Statement::fileName).setHeader(getTranslation("facilitation.statement.file")).setFlexGrow(2);
        waiting.addColumn(s -> date.format(s.receivedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("facilitation.statement.received"));
        waiting.addColumn(s -> getTranslation("facilitation.statement.state." + s.state().name()))
                .setHeader(getTranslation("facilitation.statement.state"));
        waiting.setItems(agenda.statementsWaiting());
        waiting.setAllRowsVisible(true);
        waiting.setEmptyStateText(getTranslation("facilitation.agenda.no-statement"));

        ending.addColumn(Placement::participantReference).setHeader(getTranslation("facilitation.placement.participant"));
        ending.addColumn(Placement::employerName).setHeader(getTranslation("facilitation.placement.employer"))
                .setFlexGrow(2);
        ending.addColumn(p -> date.format(p.endDate())).setHeader(getTranslation("facilitation.placement.end"));
        ending.setItems(agenda.placementsEndingThisMonth());
        ending.setAllRowsVisible(true);
        ending.setEmptyStateText(getTranslation("facilitation.agenda.no-ending"));

        int year = LocalDate.now(clock).getYear();
        agreement.addColumn(c -> getTranslation("facilitation.agreement.measure." + c.measure().name()))
                .setHeader(getTranslation("facilitation.agreement.report.measure")).setFlexGrow(2);
        agreement.addColumn(c -> Format.number(c.objective(), getLocale()))
                .setHeader(getTranslation("facilitation.agreement.report.objective"));
        agreement.addColumn(c -> Format.number(c.result(), getLocale()))
                .setHeader(getTranslation("facilitation.agenda.result-so-far"));
        agreement.addColumn(c -> c.rate() == null ? "—" : Format.number(c.rate(), getLocale()) + " %")
                .setHeader(getTranslation("facilitation.agreement.report.rate"));
        agreement.setItems(agreements.report(year).map(AgreementReport::comparisons).orElse(List.of()));
        agreement.setAllRowsVisible(true);
        agreement.setEmptyStateText(getTranslation("facilitation.agenda.no-agreement", String.valueOf(year)));

        add(new H2(getTranslation("facilitation.agenda.title")),
                new H3(getTranslation("facilitation.agenda.agreement", String.valueOf(year))), agreement,
                new H3(getTranslation("facilitation.agenda.late")), late,
                new H3(getTranslation("facilitation.agenda.waiting")), waiting,
                new H3(getTranslation("facilitation.agenda.ending")), ending,
                new MissingStatementsPanel(reminders));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.agenda.title");
    }
}
