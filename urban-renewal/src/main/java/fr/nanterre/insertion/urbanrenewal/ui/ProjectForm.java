package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import fr.nanterre.insertion.urbanrenewal.project.CharterRate;
import fr.nanterre.insertion.urbanrenewal.project.CharterSettings;
import fr.nanterre.insertion.urbanrenewal.project.DuplicateProjectException;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectDetails;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.RecordDialog;
import fr.nanterre.platform.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates a project or changes it: name, QPV, dates, lead, and the charter rate its operations inherit. Each bad
 * input is told next to its field; a name taken, next to the name; a change over someone else's, in a notification.
 */
class ProjectForm extends RecordDialog<ProjectDetails> {

    final TextField name = new TextField();
    final TextField qpvs = new TextField();
    final LocalizedDatePicker startDate = new LocalizedDatePicker("");
    final LocalizedDatePicker endDate = new LocalizedDatePicker("");
    final TextField projectLead = new TextField();
    final BigDecimalField rate = new BigDecimalField();

    /** @param existing the project as the user read it, or null for a new one */
    ProjectForm(ProjectRegister projects, CharterSettings settings, @Nullable Project existing,
                Consumer<Project> onSaved) {
        super(ProjectDetails.class);
        setHeaderTitle(getTranslation(existing == null ? "urbanrenewal.projects.new" : "urbanrenewal.project.edit"));
        name.setId("project-name");
        qpvs.setId("project-qpvs");
        startDate.setId("project-start");
        endDate.setId("project-end");
        rate.setId("project-rate");
        save.setId("save-project");
        name.setLabel(getTranslation("urbanrenewal.project.name"));
        name.setMaxLength(200);
        qpvs.setLabel(getTranslation("urbanrenewal.project.qpvs"));
        qpvs.setHelperText(getTranslation("urbanrenewal.project.qpvs.help"));
        qpvs.setMaxLength(500);
        startDate.setLabel(getTranslation("urbanrenewal.project.start"));
        endDate.setLabel(getTranslation("urbanrenewal.project.end"));
        projectLead.setLabel(getTranslation("urbanrenewal.project.lead"));
        projectLead.setMaxLength(200);
        rate.setLabel(getTranslation("urbanrenewal.project.rate"));
        rate.setHelperText(getTranslation("urbanrenewal.project.rate.help"));
        rate.setSuffixComponent(new Span("%"));

        String required = getTranslation("urbanrenewal.required");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(qpvs).asRequired(required).bind("qpvs");
        binder.forField(startDate).asRequired(required).bind("startDate");
        Binding<ProjectDetails, LocalDate> end = binder.forField(endDate)
                .withValidator(date -> date == null || startDate.getValue() == null
                        || !date.isBefore(startDate.getValue()), getTranslation("urbanrenewal.end.before-start"))
                .bind("endDate");
        startDate.addValueChangeListener(e -> {
            if (endDate.getValue() != null) {
                end.validate();
            }
        });
        binder.forField(projectLead).bind("projectLead");
        binder.forField(rate).asRequired(required)
                .withValidator(CharterRate::isRate, getTranslation("urbanrenewal.rate.invalid"))
                .bind("charterRatePercent");

        if (existing != null) {
            binder.readRecord(existing.details());
        } else {
            rate.setValue(settings.defaultRatePercent());
        }
        FormLayout form = new FormLayout(name, qpvs, startDate, endDate, projectLead, rate);
        form.setColspan(name, 2);
        form.setColspan(qpvs, 2);
        add(form);
        saveWith(details -> {
            try {
                onSaved.accept(existing == null ? projects.create(details) : projects.update(existing, details));
                return true;
            } catch (DuplicateProjectException duplicate) {
                name.setErrorMessage(getTranslation("urbanrenewal.project.name.taken"));
                name.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
        setWidth("40rem");
    }
}
