package fr.nanterre.insertion.facilitation.ui.portal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.Badge;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

/**
 * The company's statements, the newest first, with their state; a rejected one shows the reason, a checked or
 * validated one is locked for the company.
 */
@Route("portail/releves")
@Menu(title = "facilitation.portal.statements.menu", order = 3, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.COMPANY)
class PortalStatementsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Statement> statements = new Grid<>();

    private final CompanyPortal portal;

    PortalStatementsView(CompanyPortal portal) {
        this.portal = portal;
        setSizeFull();
        setMaxWidth("60rem");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        statements.addColumn(Statement::fileName).setHeader(getTranslation("facilitation.statement.file"))
                .setKey("file").setFlexGrow(2);
        statements.addColumn(s -> when.format(s.receivedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("facilitation.statement.received")).setKey("received");
        statements.addComponentColumn(this::state).setHeader(getTranslation("facilitation.statement.state"))
                .setKey("state").setFlexGrow(2);
        statements.addComponentColumn(this::withdraw).setKey("withdraw").setAutoWidth(true).setFlexGrow(0);
        statements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        statements.setEmptyStateText(getTranslation("facilitation.portal.statements.none"));
        statements.setItems(query -> portal.statements(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) portal.countStatements());
        add(new H2(getTranslation("facilitation.portal.statements.title")), statements);
        expand(statements);
    }

    private Component state(Statement statement) {
        Badge badge = new Badge(getTranslation("facilitation.statement.state." + statement.state().name()),
                switch (statement.state()) {
                    case VALIDATED -> Badge.Tone.SUCCESS;
                    case CHECKED -> Badge.Tone.INFO;
                    case RECEIVED -> Badge.Tone.NEUTRAL;
                    case REJECTED -> Badge.Tone.ERROR;
                });
        VerticalLayout cell = new VerticalLayout(badge);
        cell.setPadding(false);
        cell.setSpacing(false);
        if (statement.state() == StatementState.REJECTED && statement.rejectionReason() != null) {
            cell.add(new Span(statement.rejectionReason()));
        } else if (statement.state() == StatementState.CHECKED || statement.state() == StatementState.VALIDATED) {
            Span locked = new Span(getTranslation("facilitation.portal.statement.locked"));
            locked.getStyle().set("font-size", "var(--lumo-font-size-s)");
            cell.add(locked);
        }
        return cell;
    }

    /** A statement the MEF has not checked yet can be taken back, after confirmation. */
    private Component withdraw(Statement statement) {
        if (statement.state() != StatementState.RECEIVED) {
            return new Span();
        }
        Button withdraw = new Button(getTranslation("facilitation.portal.statement.withdraw"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("facilitation.portal.statement.withdraw"),
                    getTranslation("facilitation.portal.statement.withdraw.confirm", statement.fileName()),
                    getTranslation("facilitation.portal.statement.withdraw"), confirmed -> {
                        if (portal.withdraw(statement,
                                getTranslation("facilitation.portal.statement.withdrawn-reason"))) {
                            Notices.done("facilitation.portal.statement.withdrawn");
                        } else {
                            Notices.concurrentChange();
                        }
                        statements.getDataProvider().refreshAll();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.portal.statements.title");
    }
}
