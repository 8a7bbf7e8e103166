package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.Contact;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.support.CitySupport;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/** One structure's record: its details, whether it is active (and who decided so), its contacts, its support. */
@Route("structures/:id")
@RolesAllowed({Roles.PARTNERS, Roles.ADMIN})
class StructureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StructureDirectory directory;
    private final Clock clock;
    private final CitySupport support;
    Structure structure;
    final Button edit = new Button();
    final Button overrideActivity = new Button();
    final Button clearOverride = new Button();
    final Button addContact = new Button();
    final Grid<Contact> contacts = new Grid<>();
    private final Div summary = new Div();
    private final Div activity = new Div();

    StructureView(StructureDirectory directory, Clock clock, CitySupport support) {
        this.directory = directory;
        this.clock = clock;
        this.support = support;
        setMaxWidth("72rem");
        edit.setText(getTranslation("common.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> new StructureForm(directory, structure, this::kindLabel, this::show).open());
        overrideActivity.addClickListener(e -> askOverride());
        clearOverride.setText(getTranslation("partners.structure.override.clear"));
        clearOverride.addClickListener(e -> confirm(getTranslation("partners.structure.override.clear.confirm"),
                () -> directory.clearActivityOverride(structure)));
        addContact.setText(getTranslation("partners.contact.add"));
        addContact.setIcon(VaadinIcon.PLUS.create());
        addContact.addClickListener(e -> askContact());
        contacts.addColumn(Contact::name).setHeader(getTranslation("partners.contact.name"));
        contacts.addColumn(Contact::function).setHeader(getTranslation("partners.contact.function"));
        contacts.addColumn(Contact::email).setHeader(getTranslation("partners.contact.email"));
        contacts.addColumn(Contact::phone).setHeader(getTranslation("partners.contact.phone"));
        contacts.addComponentColumn(c -> new Button(VaadinIcon.TRASH.create(), click -> confirm(
                getTranslation("partners.contact.remove.confirm", c.name()), () -> directory.replaceContacts(
                        structure, structure.contacts().stream().filter(other -> !other.equals(c)).toList()))))
                .setKey("remove").setAutoWidth(true).setFlexGrow(0);
        contacts.setAllRowsVisible(true);
        contacts.setEmptyStateText(getTranslation("partners.contact.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            directory.find(UUID.fromString(id)).ifPresentOrElse(this::show,
                    () -> event.rerouteToError(IllegalArgumentException.class, "structure " + id));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(IllegalArgumentException.class, "structure " + id);
        }
    }

    private void show(Structure shown) {
        this.structure = shown;
        removeAll();
        boolean active = shown.isActiveOn(LocalDate.now(clock));
        HorizontalLayout title = new HorizontalLayout(new H2(shown.name()),
                StructuresView.activityBadge(active, this::getTranslation), edit);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        showSummary(shown);
        showActivity(shown, active);
        contacts.setItems(shown.contacts());
        add(title, summary, new H3(getTranslation("partners.structure.activity")), activity,
                new H3(getTranslation("partners.contact.title")), addContact, contacts);
        add(new SupportPanel(support, shown.id(), clock));
    }

    private void showSummary(Structure shown) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        var details = shown.details();
        String address = Stream.of(details.street(), details.postalCode(), details.commune())
                .filter(Objects::nonNull).reduce((a, b) -> a + " " + b).orElse("—");
        String agreement = details.agreementPostsFte() == null && details.agreementValidFrom() == null
                ? "—" : getTranslation("partners.structure.agreement.summary",
                Objects.toString(details.agreementPostsFte(), "—"),
                details.agreementValidFrom() == null ? "…" : date.format(details.agreementValidFrom()),
                details.agreementValidTo() == null ? "…" : date.format(details.agreementValidTo()));
        FormLayout form = new FormLayout();
        form.getStyle().set("--vaadin-form-item-label-width", "14em");
        form.addFormItem(new Span(kindLabel(shown.kind())), getTranslation("partners.structure.kind"));
        form.addFormItem(new Span(shown.siret().value() + (shown.siret().passesChecksum() ? ""
                : " ⚠ " + getTranslation("partners.structure.siret.checksum-warning"))),
                getTranslation("partners.structure.siret"));
        form.addFormItem(new Span(address), getTranslation("partners.structure.street"));
        form.addFormItem(new Span(Objects.toString(details.inseeCode(), "—")),
                getTranslation("partners.structure.insee-code"));
        form.addFormItem(new Span(getTranslation(details.inQpv() ? "common.yes" : "common.no")),
                getTranslation("partners.structure.qpv"));
        form.addFormItem(new Span(agreement), getTranslation("partners.structure.agreement"));
        form.addFormItem(new Span(details.activities().isEmpty() ? "—" : String.join(", ", details.activities())),
                getTranslation("partners.structure.activities"));
        form.addFormItem(new Span(details.capacityPeople() == null && details.capacityHoursPerYear() == null ? "—"
                        : getTranslation("partners.structure.capacity.summary",
                        Objects.toString(details.capacityPeople(), "—"),
                        Objects.toString(details.capacityHoursPerYear(), "—"))),
                getTranslation("partners.structure.capacity"));
        summary.removeAll();
        summary.add(form);
    }

    private void showActivity(Structure shown, boolean active) {
        activity.removeAll();
        var override = shown.activityOverride();
        if (override == null) {
            activity.add(new Paragraph(getTranslation("partners.structure.override.none")));
            overrideActivity.setText(getTranslation(active ? "partners.structure.override.declare-inactive"
                    : "partners.structure.override.declare-active"));
            activity.add(overrideActivity);
        } else {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
            activity.add(new Paragraph(getTranslation("partners.structure.override.decided",
                    getTranslation(override.active() ? "partners.structure.active" : "partners.structure.inactive"),
                    override.decidedBy(), when.format(override.decidedAt().atZone(ZoneId.systemDefault())),
                    override.reason())), clearOverride);
        }
    }

    private void askOverride() {
        boolean declareActive = !structure.isActiveOn(LocalDate.now(clock));
        TextArea reason = new TextArea(getTranslation("partners.structure.override.reason"));
        reason.setWidthFull();
        Dialog dialog = new Dialog(reason);
        dialog.setHeaderTitle(overrideActivity.getText());
        Button confirm = new Button(getTranslation("common.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("partners.structure.override.reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            change(() -> directory.overrideActivity(structure, declareActive, reason.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("30rem");
        dialog.open();
    }

    private void askContact() {
        TextField name = new TextField(getTranslation("partners.contact.name"));
        TextField function = new TextField(getTranslation("partners.contact.function"));
        EmailField email = new EmailField(getTranslation("partners.contact.email"));
        email.setErrorMessage(getTranslation("partners.contact.email.invalid"));
        TextField phone = new TextField(getTranslation("partners.contact.phone"));
        Dialog dialog = new Dialog(new FormLayout(name, function, email, phone));
        dialog.setHeaderTitle(getTranslation("partners.contact.add"));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("partners.contact.name.required"));
                name.setInvalid(true);
                return;
            }
            if (email.isInvalid()) {
                return;
            }
            dialog.close();
            List<Contact> updated = new ArrayList<>(structure.contacts());
            updated.add(new Contact(name.getValue(), function.getValue(), email.getValue(), phone.getValue()));
            change(() -> directory.replaceContacts(structure, updated));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirm(String question, Supplier<Structure> action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("common.confirm"), question,
                getTranslation("common.confirm"), e -> change(action));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void change(Supplier<Structure> action) {
        try {
            show(action.get());
        } catch (OptimisticLockingFailureException concurrentChange) {
            Notices.concurrentChange();
        }
    }

    private String kindLabel(StructureKind kind) {
        return getTranslation("partners.kind." + kind.name());
    }

    @Override
    public String getPageTitle() {
        return structure == null ? getTranslation("partners.structures.title") : structure.name();
    }
}
