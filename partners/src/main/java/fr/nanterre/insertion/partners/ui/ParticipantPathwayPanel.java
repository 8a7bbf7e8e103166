package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantDates.date;
import static fr.nanterre.insertion.partners.ui.ParticipantDates.dateTime;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayChange;
import fr.nanterre.insertion.partners.participant.PathwayExit;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.PathwayStep;
import fr.nanterre.insertion.partners.participant.StructureChoice;
import fr.nanterre.platform.ui.Notices;
import org.springframework.dao.OptimisticLockingFailureException;

/** One pathway of a participant's file: its structure, steps, exit and history; the changes the user may make. */
class ParticipantPathwayPanel extends Details {

    final Span structure = new Span();
    final Button addStep = new Button();
    final Button exit = new Button();
    final Grid<PathwayStep> steps = new Grid<>();
    final Grid<PathwayChange> history = new Grid<>();
    private final PathwayFollowUp followUp;
    private final Runnable onChanged;
    private Pathway pathway;

    /** @param onChanged told when the pathway changed, so that the file can offer to open a new one */
    ParticipantPathwayPanel(PathwayFollowUp followUp, Pathway pathway, Clock clock, Runnable onChanged) {
        this.followUp = followUp;
        this.pathway = pathway;
        this.onChanged = onChanged;
        structure.setText(pathway.structureId() == null ? getTranslation("participants.pathway.structure.none")
                : getTranslation("participants.pathway.structure.of", followUp.structure(pathway.structureId())
                .map(StructureChoice::name).orElse("")));

        addStep.setText(getTranslation("participants.pathway.add-step"));
        addStep.setIcon(VaadinIcon.PLUS.create());
        addStep.addClickListener(e -> new ParticipantStepForm(this.pathway.entryDate(), null, details ->
                change(() -> followUp.addStep(this.pathway, details))).open());
        exit.setText(getTranslation("participants.pathway.exit"));
        exit.setIcon(VaadinIcon.SIGN_OUT.create());
        exit.addClickListener(e -> new ParticipantExitForm(this.pathway, clock, input ->
                change(() -> followUp.exit(this.pathway, input))).open());

        configureSteps();
        configureHistory();
        VerticalLayout content = new VerticalLayout(structure, new HorizontalLayout(addStep, exit),
                new H4(getTranslation("participants.pathway.steps")), steps,
                new H4(getTranslation("participants.pathway.history")), history);
        content.setPadding(false);
        add(content);
        setWidthFull();
        show(pathway);
    }

    private void configureSteps() {
        steps.addColumn(step -> getTranslation("participants.step-type." + step.type().name()))
                .setHeader(getTranslation("participants.step.type"));
        steps.addColumn(step -> date(step.startDate(), getLocale()))
                .setHeader(getTranslation("participants.step.start"));
        steps.addColumn(step -> date(step.endDate(), getLocale())).setHeader(getTranslation("participants.step.end"));
        steps.addColumn(step -> step.note() == null ? "" : step.note())
                .setHeader(getTranslation("participants.step.note")).setFlexGrow(2);
        steps.addComponentColumn(this::stepActions).setKey("actions").setAutoWidth(true);
        steps.setAllRowsVisible(true);
    }

    private HorizontalLayout stepActions(PathwayStep step) {
        Button edit = new Button(getTranslation("participants.step.edit"), e ->
                new ParticipantStepForm(pathway.entryDate(), step, details ->
                        change(() -> followUp.changeStep(pathway, step.id(), details))).open());
        Button remove = new Button(getTranslation("participants.step.remove"), e -> new ConfirmDialog(
                getTranslation("participants.step.remove.title"), getTranslation("participants.step.remove.text"),
                getTranslation("participants.step.remove"),
                confirmed -> change(() -> followUp.removeStep(pathway, step.id())),
                getTranslation("common.cancel"), cancelled -> { }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, remove);
        actions.setVisible(pathway.isOpen());
        return actions;
    }

    private void configureHistory() {
        history.addColumn(change -> dateTime(change.changedAt(), getLocale()))
                .setHeader(getTranslation("participants.history.when"));
        history.addColumn(PathwayChange::changedBy).setHeader(getTranslation("participants.history.who"));
        history.addColumn(this::describe).setHeader(getTranslation("participants.history.what")).setFlexGrow(3);
        history.setAllRowsVisible(true);
    }

    private String describe(PathwayChange change) {
        return describe(change, this::getTranslation, getLocale());
    }

    /** What changed, in words: "Step added: Training, from 02/02/2026 to 27/03/2026". */
    static String describe(PathwayChange change, ParticipantWorkbook.Texts texts, Locale locale) {
        String key = "participants.history." + change.kind().name()
                + (change.stepType() != null && change.to() == null ? ".open" : "");
        return texts.get(key,
                change.stepType() == null ? "" : texts.get("participants.step-type." + change.stepType().name()),
                date(change.from(), locale), date(change.to(), locale),
                change.outcome() == null ? "" : texts.get("participants.outcome." + change.outcome().name()));
    }

    private void change(Supplier<Pathway> change) {
        try {
            show(change.get());
            onChanged.run();
        } catch (OptimisticLockingFailureException conflict) {
            Notices.concurrentChange();
        }
    }

    private void show(Pathway shown) {
        pathway = shown;
        PathwayExit exited = shown.exit();
        setSummaryText(exited == null
                ? getTranslation("participants.pathway.summary.open", date(shown.entryDate(), getLocale()))
                : getTranslation("participants.pathway.summary.exited", date(shown.entryDate(), getLocale()),
                date(exited.date(), getLocale()), getTranslation("participants.outcome.label",
                        getTranslation("participants.outcome." + exited.outcome().name()),
                        getTranslation("participants.category." + exited.category().name()))));
        addStep.setVisible(shown.isOpen());
        exit.setVisible(shown.isOpen());
        steps.setItems(shown.steps());
        history.setItems(followUp.history(shown.id()));
        setOpened(shown.isOpen());
    }

    Pathway pathway() {
        return pathway;
    }
}
