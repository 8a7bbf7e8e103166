package fr.nanterre.insertion.facilitation.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.nanterre.insertion.facilitation.portal.StatementReminders;
import fr.nanterre.insertion.facilitation.portal.StatementReminders.MissingStatement;

/**
 * On the facilitator's home, from the reminder day of the month on: the employers whose statement for last month
 * is missing (they are reminded by e-mail, once), and a warning when no e-mail can leave.
 */
class MissingStatementsPanel extends VerticalLayout {

    final Grid<MissingStatement> missing = new Grid<>();

    MissingStatementsPanel(StatementReminders reminders) {
        setPadding(false);
        reminders.dueMonth().ifPresent(month -> {
            String shown = month.format(DateTimeFormatter.ofPattern("MM/yyyy"));
            List<MissingStatement> employers = reminders.missingNow();
            add(new H3(getTranslation("facilitation.reminders.title", shown)));
            if (!reminders.mailConfigured()) {
                Paragraph off = new Paragraph(getTranslation("facilitation.companies.mail-off"));
                off.getStyle().set("color", "var(--lumo-error-text-color)");
                add(off);
            }
            if (employers.isEmpty()) {
                add(new Paragraph(getTranslation("facilitation.reminders.none", shown)));
                return;
            }
            missing.addColumn(m -> m.employerName() + " (" + m.employerSiret() + ")")
                    .setHeader(getTranslation("facilitation.reminders.employer")).setKey("employer").setFlexGrow(3);
            missing.addColumn(MissingStatement::placements)
                    .setHeader(getTranslation("facilitation.reminders.placements")).setKey("placements");
            missing.setItems(employers);
            missing.setAllRowsVisible(true);
            add(missing);
        });
    }
}
