package fr.nanterre.insertion.facilitation.ui.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.HoursEntry;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.ProfileAtStart;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.Notices;

/**
 * One placement: its employer and modality, the eligibility decision taken at its start (criteria met then, or
 * the justified exception) and where the participant lived then, the clauses it counts on, and its hours month by
 * month, with the entry of hours by hand (they count at once).
 */
class PlacementDialog extends Dialog {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    final UnorderedList criteria = new UnorderedList();
    final Paragraph residence = new Paragraph();
    final Grid<HoursEntry> hours = new Grid<>();
    final Select<YearMonth> month = new Select<>();
    final BigDecimalField entered = new BigDecimalField();
    final Button enter = new Button();
    final Button edit = new Button();
    private final Placement placement;
    private final Ledger ledger;
    private final CountingSettings settings;
    private final Clock clock;

    PlacementDialog(Placement placement, PlacementBook placements, FollowedClauses clauses, Ledger ledger,
                    CountingSettings settings, Map<String, String> criterionLabels, Clock clock, Runnable onChanged) {
        this.placement = placement;
        this.clock = clock;
        this.ledger = ledger;
        this.settings = settings;
        setHeaderTitle(getTranslation("facilitation.placement.title", placement.participantReference()));
        setWidth("60rem");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());

        String kind = getTranslation("facilitation.modality." + placement.modality().name())
                + (placement.contractType() == null ? ""
                : " – " + getTranslation("facilitation.contract-type." + placement.contractType().name()));
        Paragraph employment = new Paragraph(getTranslation("facilitation.placement.summary", placement.employerName(),
                placement.employerSiret(), kind, date.format(placement.startDate()),
                placement.endDate() == null ? "…" : date.format(placement.endDate())));
        String decided = getTranslation("facilitation.placement.decided", placement.validatedBy(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(placement.validatedAt().atZone(ZoneId.systemDefault())));
        Paragraph eligibility = new Paragraph(placement.eligibleAtStart()
                ? getTranslation("facilitation.placement.eligible-on", date.format(placement.startDate())) + " "
                + decided
                : getTranslation("facilitation.placement.exception-because", placement.exceptionJustification())
                + " " + decided);
        eligibility.setId("placement-eligibility");
        criteria.setId("placement-criteria");
        placement.criteria().forEach(c -> criteria.add(new ListItem(getTranslation("facilitation.placement.criterion",
                criterionLabels.getOrDefault(c.code(), c.code()), c.level(), date.format(c.proofDate()), date.format(c.validUntil())))));
        residence.setId("placement-residence");
        ProfileAtStart profile = placement.profileAtStart();
        residence.setText(getTranslation("facilitation.placement.residence-at-start", getTranslation(profile == null
                ? "facilitation.placement.residence-unknown" : "facilitation.residence." + profile.residence().name())));

        Map<UUID, FollowedClause> followed = clauses.findAll(placement.shares().stream().map(ClauseShare::clauseId)
                .toList()).stream().collect(Collectors.toMap(FollowedClause::clauseId, Function.identity()));
        UnorderedList shares = new UnorderedList();
        placement.shares().forEach(share -> {
            FollowedClause clause = followed.get(share.clauseId());
            String label = clause == null ? share.clauseId().toString()
                    : getTranslation("facilitation.placement.clause.label", clause.contractReference(),
                    clause.lotNumber(), clause.lotTitle(), clause.targetHours());
            shares.add(new ListItem(label + " : " + Format.number(share.percent(), getLocale()) + " %"));
        });

        hours.addColumn(e -> e.month().format(MONTH)).setHeader(getTranslation("facilitation.statement.month"));
        hours.addColumn(e -> Format.number(e.hours(), getLocale()))
                .setHeader(getTranslation("facilitation.statement.hours"));
        hours.addColumn(this::source).setHeader(getTranslation("facilitation.hours.source")).setFlexGrow(3);
        hours.addColumn(e -> getTranslation(e.counts() ? "facilitation.hours.counts" : "facilitation.hours.waits"))
                .setHeader(getTranslation("facilitation.hours.counted"));
        hours.setEmptyStateText(getTranslation("facilitation.hours.none"));
        hours.setAllRowsVisible(true);

        month.setId("hours-month");
        month.setLabel(getTranslation("facilitation.statement.month"));
        month.setItems(monthsCovered());
        month.setItemLabelGenerator(m -> m.format(MONTH));
        entered.setId("hours-entered");
        entered.setLabel(getTranslation("facilitation.statement.hours"));
        enter.setId("enter-hours");
        enter.setText(getTranslation("facilitation.hours.enter"));
        enter.addClickListener(e -> enterHours(onChanged));
        HorizontalLayout entry = new HorizontalLayout(month, entered, enter);
        entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        showHours();

        add(employment, new H4(getTranslation("facilitation.placement.eligibility")), eligibility, criteria,
                residence, new H4(getTranslation("facilitation.placement.clauses")), shares,
                new H4(getTranslation("facilitation.hours.title")), hours,
                new Paragraph(getTranslation("facilitation.hours.help")), entry);

        edit.setId("edit-placement");
        edit.setText(getTranslation("facilitation.placement.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> new PlacementForm(placements, clauses, placement, saved -> {
            onChanged.run();
            close();
        }).open());
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), edit);
    }

    /** The months from the start to the end (or this month, while it runs): where hours may be entered. */
    private List<YearMonth> monthsCovered() {
        YearMonth last = placement.endDate() == null ? YearMonth.now(clock) : YearMonth.from(placement.endDate());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(placement.startDate()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months.reversed();
    }

    private void enterHours(Runnable onChanged) {
        boolean valid = true;
        if (month.getValue() == null) {
            month.setErrorMessage(getTranslation("facilitation.required"));
            month.setInvalid(true);
            valid = false;
        } else {
            month.setInvalid(false);
        }
        BigDecimal value = entered.getValue();
        if (value == null || value.signum() < 0 || value.compareTo(settings.maxMonthlyHours()) > 0) {
            entered.setErrorMessage(getTranslation("facilitation.hours.range",
                    Format.number(settings.maxMonthlyHours(), getLocale())));
            entered.setInvalid(true);
            valid = false;
        } else {
            entered.setInvalid(false);
        }
        if (!valid) {
            return;
        }
        ledger.enter(placement.id(), month.getValue(), value);
        Notices.done("facilitation.hours.entered", Format.number(value, getLocale()),
                month.getValue().format(MONTH));
        entered.clear();
        showHours();
        onChanged.run();
    }

    private void showHours() {
        hours.setItems(ledger.entriesOf(placement.id()));
    }

    private String source(HoursEntry entry) {
        return entry.statementFile() == null
                ? getTranslation("facilitation.hours.by-hand", entry.enteredBy())
                : getTranslation("facilitation.hours.from-statement", entry.statementFile(),
                getTranslation("facilitation.statement.state." + entry.statementState().name()));
    }
}
