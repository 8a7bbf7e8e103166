package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OperationDetails;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.RecordDialog;
import fr.nanterre.platform.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates an operation or changes it: its project (chosen only when the operation is created from the list of all
 * operations), its owner, its category and its dates. Each bad input is told next to its field.
 */
class OperationForm extends RecordDialog<OperationForm.Entry> {

    /** What the form edits: an operation's details and, for a new one, its project. */
    public record Entry(UUID projectId, String name, OwnerKind ownerKind, String ownerName, OperationCategory category,
                 LocalDate startDate, LocalDate endDate) {

        OperationDetails details() {
            return new OperationDetails(name, ownerKind, ownerName, category, startDate, endDate);
        }
    }

    final ComboBox<Project> project = new ComboBox<>();
    final TextField name = new TextField();
    final Select<OwnerKind> ownerKind = new Select<>();
    final TextField ownerName = new TextField();
    final Select<OperationCategory> category = new Select<>();
    final LocalizedDatePicker startDate = new LocalizedDatePicker("");
    final LocalizedDatePicker endDate = new LocalizedDatePicker("");

    /**
     * @param choices     the projects the user may choose from; one only (the project shown, or the operation's)
     *                    is not asked
     * @param preselected the project chosen at first, if any
     * @param existing    the operation as the user read it, or null for a new one
     */
    OperationForm(OperationRegister operations, List<Project> choices, @Nullable Project preselected,
                  @Nullable Operation existing, Consumer<Operation> onSaved) {
        super(Entry.class);
        setHeaderTitle(getTranslation(existing == null ? "urbanrenewal.operations.new"
                : "urbanrenewal.operation.edit"));
        project.setId("operation-project");
        name.setId("operation-name");
        ownerKind.setId("operation-owner-kind");
        ownerName.setId("operation-owner-name");
        category.setId("operation-category");
        startDate.setId("operation-start");
        endDate.setId("operation-end");
        save.setId("save-operation");
        project.setLabel(getTranslation("urbanrenewal.operation.project"));
        project.setItems(choices);
        project.setItemLabelGenerator(Project::name);
        name.setLabel(getTranslation("urbanrenewal.operation.name"));
        name.setMaxLength(300);
        ownerKind.setLabel(getTranslation("urbanrenewal.operation.owner-kind"));
        ownerKind.setItems(OwnerKind.values());
        ownerKind.setItemLabelGenerator(kind -> kind == null ? "" : getTranslation("urbanrenewal.owner-kind." + kind.name()));
        ownerName.setLabel(getTranslation("urbanrenewal.operation.owner-name"));
        ownerName.setHelperText(getTranslation("urbanrenewal.operation.owner-name.help"));
        ownerName.setMaxLength(200);
        category.setLabel(getTranslation("urbanrenewal.operation.category"));
        category.setItems(OperationCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("urbanrenewal.category." + c.name()));
        category.setHelperText(getTranslation("urbanrenewal.operation.category.help"));
        startDate.setLabel(getTranslation("urbanrenewal.operation.start"));
        endDate.setLabel(getTranslation("urbanrenewal.operation.end"));

        String required = getTranslation("urbanrenewal.required");
        binder.forField(project).asRequired(required)
                .withConverter(Project::id, id -> id == null ? null
                        : choices.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null))
                .bind("projectId");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(ownerKind).asRequired(required).bind("ownerKind");
        binder.forField(ownerName).asRequired(required).bind("ownerName");
        binder.forField(category).asRequired(required).bind("category");
        binder.forField(startDate).asRequired(required).bind("startDate");
        Binding<Entry, LocalDate> end = binder.forField(endDate).asRequired(required)
                .withValidator(date -> startDate.getValue() == null || !date.isBefore(startDate.getValue()),
                        getTranslation("urbanrenewal.end.before-start"))
                .bind("endDate");
        startDate.addValueChangeListener(e -> {
            if (endDate.getValue() != null) {
                end.validate();
            }
        });

        if (preselected != null) {
            project.setValue(preselected);
        } else if (choices.size() == 1) {
            project.setValue(choices.getFirst());
        }
        project.setVisible(choices.size() > 1 && existing == null);
        if (existing != null) {
            OperationDetails details = existing.details();
            binder.readRecord(new Entry(existing.projectId(), details.name(), details.ownerKind(),
                    details.ownerName(), details.category(), details.startDate(), details.endDate()));
        }
        FormLayout form = new FormLayout(project, name, ownerKind, ownerName, category, startDate, endDate);
        form.setColspan(project, 2);
        form.setColspan(name, 2);
        form.setColspan(category, 2);
        add(form);
        saveWith(entry -> {
            try {
                onSaved.accept(existing == null ? operations.create(entry.projectId(), entry.details())
                        : operations.update(existing, entry.details()));
                return true;
            } catch (NoSuchElementException projectGone) {
                project.setVisible(true);
                project.setErrorMessage(getTranslation("urbanrenewal.operation.project.gone"));
                project.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
        setWidth("40rem");
    }
}
