package fr.nanterre.insertion.facilitation.ui.portal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.EnteredHours;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.MonthLine;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The company types the hours of the month, one line per person working for it that month, with a comment if it
 * wants; "Check" runs the same checks as an imported statement and shows each line's verdict, "Send" records a
 * received statement the MEF then checks and validates. Lines already sent are shown locked. The company may
 * upload its own file instead.
 */
@Route("portail/heures")
@Menu(title = "facilitation.portal.hours.menu", order = 2, icon = "vaadin:clock")
@RolesAllowed(Roles.COMPANY)
class PortalHoursView extends VerticalLayout implements HasDynamicTitle {

    /** The fields of one line of the month. */
    record Row(MonthLine line, BigDecimalField hours, TextField comment, Span verdict) {
    }

    final Select<String> siret = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final VerticalLayout sheet = new VerticalLayout();
    final Button check = new Button();
    final Button send = new Button();
    final Button upload = new Button();
    final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final CompanyPortal portal;
    private @Nullable Preview preview;

    PortalHoursView(CompanyPortal portal, Clock clock) {
        this.portal = portal;
        setWidthFull();
        setMaxWidth("50rem");
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        List<String> sirets = portal.sirets();
        siret.setLabel(getTranslation("facilitation.portal.hours.siret"));
        siret.setItems(sirets);
        siret.setValue(sirets.getFirst());
        siret.setVisible(sirets.size() > 1);
        YearMonth current = YearMonth.now(clock);
        month.setLabel(getTranslation("facilitation.portal.hours.month"));
        month.setId("portal-month");
        month.setItems(IntStream.range(0, 12).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(m -> m.format(monthName));
        month.setValue(current.minusMonths(1));
        siret.addValueChangeListener(e -> load());
        month.addValueChangeListener(e -> load());
        sheet.setPadding(false);
        check.setText(getTranslation("facilitation.portal.hours.preview"));
        check.setId("portal-check");
        check.addClickListener(e -> check());
        send.setText(getTranslation("facilitation.portal.hours.send"));
        send.setId("portal-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        send.addClickListener(e -> send());
        upload.setText(getTranslation("facilitation.portal.hours.upload"));
        upload.setIcon(VaadinIcon.UPLOAD.create());
        upload.addClickListener(e -> new PortalUploadDialog(portal, siret.getValue(), this::load).open());
        FlexLayout choices = new FlexLayout(siret, month);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout actions = new FlexLayout(check, send, upload);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("facilitation.portal.hours.title")), choices, sheet, actions);
        load();
    }

    private void load() {
        rows.clear();
        sheet.removeAll();
        preview = null;
        send.setEnabled(false);
        List<MonthLine> lines = portal.month(siret.getValue(), month.getValue());
        if (lines.isEmpty()) {
            sheet.add(new Paragraph(getTranslation("facilitation.portal.hours.none")));
        }
        for (MonthLine line : lines) {
            BigDecimalField hours = new BigDecimalField(getTranslation("facilitation.portal.hours.hours"));
            hours.setId("hours-" + line.reference());
            hours.setWidth("8rem");
            TextField comment = new TextField(getTranslation("facilitation.portal.hours.comment"));
            comment.setMaxLength(500);
            comment.setId("comment-" + line.reference());
            comment.getStyle().set("flex", "1 1 12rem");
            Span verdict = new Span();
            if (line.locked()) {
                hours.setValue(line.sent());
                hours.setReadOnly(true);
                comment.setVisible(false);
                verdict.setText(getTranslation("facilitation.portal.hours.sent", line.state() == null ? "MEF"
                        : getTranslation("facilitation.statement.state." + line.state().name())));
            }
            hours.addValueChangeListener(e -> {
                preview = null;
                send.setEnabled(false);
            });
            Span who = new Span(line.name() + " (" + line.reference() + ")");
            who.getStyle().set("font-weight", "600").set("flex", "1 1 100%");
            FlexLayout fields = new FlexLayout(who, hours, comment, verdict);
            fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            fields.setAlignItems(Alignment.BASELINE);
            fields.getStyle().set("gap", "var(--lumo-space-s)");
            Div row = new Div(fields);
            row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("width", "100%");
            sheet.add(row);
            rows.put(line.placementId(), new Row(line, hours, comment, verdict));
        }
    }

    /** Checks the typed lines as an imported statement is checked, and shows each one's verdict. */
    void check() {
        List<EnteredHours> typed = new ArrayList<>();
        for (Row row : rows.values()) {
            row.hours().setInvalid(false);
            if (!row.line().locked() && row.hours().getValue() != null) {
                if (row.hours().isInvalid() || row.hours().getValue().signum() < 0) {
                    row.hours().setInvalid(true);
                    row.hours().setErrorMessage(getTranslation("facilitation.portal.hours.bad-hours"));
                    return;
                }
                typed.add(new EnteredHours(row.line().placementId(), row.hours().getValue(),
                        row.comment().getValue()));
            }
        }
        if (typed.isEmpty()) {
            Notices.refused("facilitation.portal.hours.nothing");
            return;
        }
        preview = portal.preview(siret.getValue(), month.getValue(), typed);
        Map<UUID, Verdict> byPlacement = new HashMap<>();
        long rejected = 0;
        List<Verdict> verdicts = preview.lines();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            UUID placement = typed.get(i).placementId();
            byPlacement.put(placement, verdict);
            if (verdict.status() == Status.REJECTED) {
                rejected++;
            }
        }
        byPlacement.forEach((placement, verdict) -> {
            Row row = rows.get(placement);
            if (row != null) {
                row.verdict().setText(switch (verdict.status()) {
                    case ACCEPTED -> getTranslation("facilitation.statement.accepted");
                    case ALREADY_RECORDED -> getTranslation("facilitation.statement.already-recorded");
                    case REJECTED -> getTranslation("facilitation.statement.rejected", getTranslation(verdict.reason()));
                });
                row.hours().setInvalid(verdict.status() == Status.REJECTED);
                if (verdict.status() == Status.REJECTED) {
                    row.hours().setErrorMessage(getTranslation(verdict.reason()));
                }
            }
        });
        if (rejected > 0) {
            Notices.refused("facilitation.portal.hours.rejected-lines", rejected);
        }
        send.setEnabled(rejected == 0 && !preview.accepted().isEmpty());
    }

    void send() {
        if (preview == null) {
            return;
        }
        Map<UUID, String> comments = new HashMap<>();
        rows.forEach((placement, row) -> comments.put(placement, row.comment().getValue()));
        portal.send(preview, comments);
        Notices.done("facilitation.portal.hours.sent-ok");
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.portal.hours.title");
    }
}
