package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantDates.dateTime;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditEntry;
import fr.nanterre.insertion.partners.audit.AuditFilter;
import fr.nanterre.insertion.partners.audit.AuditTrail;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Who read or changed a participant's file, and when: for administrators only, who never see whose file it is
 * (the participant shows as a pseudonym, see {@link AuditEntry}).
 */
@Route("audit")
@Menu(title = "participants.audit.menu", order = 90, icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    final TextField user = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final DatePicker from = new LocalizedDatePicker("");
    final DatePicker to = new LocalizedDatePicker("");
    final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditTrail trail) {
        this.trail = trail;
        setSizeFull();

        user.setLabel(getTranslation("participants.audit.user"));
        user.setPrefixComponent(VaadinIcon.USER.create());
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(e -> refresh());
        action.setLabel(getTranslation("participants.audit.action"));
        action.setPlaceholder(getTranslation("participants.audit.all-actions"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        from.setLabel(getTranslation("participants.audit.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.setLabel(getTranslation("participants.audit.to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, action, from, to, export());
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(entry -> dateTime(entry.at(), getLocale())).setHeader(getTranslation("participants.audit.at"))
                .setSortProperty("at");
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("participants.audit.user"))
                .setSortProperty("username");
        grid.addColumn(entry -> label(entry.action())).setHeader(getTranslation("participants.audit.action"))
                .setSortProperty("action").setFlexGrow(2);
        grid.addColumn(entry -> entry.participant() == null ? "" : entry.participant())
                .setHeader(getTranslation("participants.audit.participant"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("participants.audit.detail")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("participants.audit.empty"));
        grid.setItems(query -> trail.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) trail.count(filter()));

        add(new H2(getTranslation("participants.audit.title")), filters, grid);
        expand(grid);
    }

    /** The lines the filters keep, newest first; an audit log can be long, so it is read in pages of 5,000. */
    private ExportButton export() {
        List<String> headers = List.of(getTranslation("participants.audit.at"), getTranslation("participants.audit.user"),
                getTranslation("participants.audit.action"), getTranslation("participants.audit.participant"),
                getTranslation("participants.audit.detail"));
        Map<AuditAction, String> actions = new EnumMap<>(AuditAction.class);
        for (AuditAction each : AuditAction.values()) {
            actions.put(each, getTranslation("participants.audit.action." + each.name()));
        }
        return new ExportButton("journal-audit.xlsx", getTranslation("participants.audit.menu"), headers, () -> {
            AuditFilter filter = filter();
            int pages = (int) Math.ceil(trail.count(filter) / (double) EXPORT_PAGE);
            return IntStream.range(0, pages)
                    .mapToObj(page -> trail.find(filter, PageRequest.of(page, EXPORT_PAGE)))
                    .flatMap(List::stream)
                    .map(entry -> Arrays.asList(LocalDateTime.ofInstant(entry.at(),
                                    ZoneId.systemDefault()), entry.username(),
                            actions.get(entry.action()),
                            entry.participant(), entry.detail()));
        });
    }

    private static final int EXPORT_PAGE = 5000;

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private String label(AuditAction action) {
        return getTranslation("participants.audit.action." + action.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participants.audit.title");
    }
}
