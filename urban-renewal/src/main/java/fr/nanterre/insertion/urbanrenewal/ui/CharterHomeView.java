package fr.nanterre.insertion.urbanrenewal.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterLine;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The urban-renewal department's home: the charter's progress per project and per project owner this year, those
 * behind shown by their status; a project's name opens the project.
 */
@Route("accueil-renovation-urbaine")
@Menu(title = "urbanrenewal.home.menu", order = 29, icon = "vaadin:dashboard")
@RolesAllowed({Roles.URBAN_RENEWAL, Roles.ADMIN})
class CharterHomeView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CharterLine> progress = new Grid<>();

    CharterHomeView(CharterIndicators indicators, Clock clock, CurrentUser user) {
        boolean opensProjects = user.hasAnyRole(Roles.URBAN_RENEWAL);
        int year = LocalDate.now(clock).getYear();
        progress.addComponentColumn(line -> line.owner() == null && opensProjects
                        ? new RouterLink(line.project(), ProjectView.class,
                        new RouteParameters("id", line.projectId().toString()))
                        : new Span(line.owner() == null ? line.project() : "\u2003" + line.owner()))
                .setHeader(getTranslation("urbanrenewal.home.line")).setFlexGrow(3).setKey("line");
        progress.addColumn(line -> CharterText.hours(line.charterTarget(), getLocale()))
                .setHeader(getTranslation("urbanrenewal.home.target")).setTextAlign(ColumnTextAlign.END).setKey("target");
        progress.addColumn(line -> CharterText.hours(line.nanterreHours(), getLocale()))
                .setHeader(getTranslation("urbanrenewal.home.year-hours", String.valueOf(year)))
                .setTextAlign(ColumnTextAlign.END).setKey("year");
        progress.addColumn(line -> CharterText.hours(line.sinceStart(), getLocale()))
                .setHeader(getTranslation("urbanrenewal.home.since-start")).setTextAlign(ColumnTextAlign.END)
                .setKey("since");
        progress.addColumn(line -> CharterText.percent(line.charterTarget() == 0 ? null
                        : line.sinceStart().multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(line.charterTarget()), 1, RoundingMode.HALF_UP), getLocale()))
                .setHeader(getTranslation("urbanrenewal.home.percent")).setTextAlign(ColumnTextAlign.END)
                .setKey("percent");
        progress.addComponentColumn(line -> CharterText.statusBadge(line.status(), getLocale()))
                .setHeader(getTranslation("urbanrenewal.home.status")).setKey("status");
        progress.setItems(indicators.progress(year));
        progress.setAllRowsVisible(true);
        progress.setEmptyStateText(getTranslation("urbanrenewal.home.empty"));
        add(new H2(getTranslation("urbanrenewal.home.title")),
                new Paragraph(getTranslation("urbanrenewal.home.intro", String.valueOf(year))), progress);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("urbanrenewal.home.title");
    }
}
