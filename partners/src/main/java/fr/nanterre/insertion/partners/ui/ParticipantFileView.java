package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantDates.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.participant.EligibilityCriterion;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantPrivacy;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.RecordedCriterion;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A participant's file: identity, eligibility criteria and the answer on a chosen date, pathways with their steps,
 * exits and history. Opening it is written to the audit log; so is every change made here.
 */
@Route("participants/:participantId")
@RolesAllowed({Roles.PARTNERS, Roles.FACILITATOR})
class ParticipantFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARTICIPANT_ID = "participantId";

    private final ParticipantDirectory directory;
    private final PathwayFollowUp followUp;
    private final ParticipantPrivacy privacy;
    private final Clock clock;
    final H2 title = new H2();
    final Div identity = new Div();
    final Button edit = new Button();
    final Anchor export = new Anchor();
    final Button anonymise = new Button();
    final Grid<RecordedCriterion> criteria = new Grid<>();
    final Button recordCriterion = new Button();
    final DatePicker eligibilityDate = new LocalizedDatePicker("");
    final Span eligibility = new Span();
    final UnorderedList metCriteria = new UnorderedList();
    final Button openPathway = new Button();
    final VerticalLayout pathways = new VerticalLayout();
    private List<EligibilityCriterion> reference = List.of();
    private Participant participant;

    ParticipantFileView(ParticipantDirectory directory, PathwayFollowUp followUp, ParticipantPrivacy privacy,
                        Clock clock) {
        this.directory = directory;
        this.followUp = followUp;
        this.privacy = privacy;
        this.clock = clock;

        edit.setText(getTranslation("participants.participant.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> new ParticipantForm(directory, participant, clock, this::saved).open());
        export.setText(getTranslation("participants.file.export"));
        export.setHref(DownloadHandler.fromInputStream(event -> new ParticipantWorkbook(reference,
                this::getTranslation, getLocale()).download(privacy.extract(participant.id()))));
        anonymise.setText(getTranslation("participants.file.anonymise"));
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anonymise.addClickListener(e -> confirmAnonymisation());
        HorizontalLayout actions = new HorizontalLayout(edit, export, anonymise);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        recordCriterion.setText(getTranslation("participants.criteria.record"));
        recordCriterion.setIcon(VaadinIcon.PLUS.create());
        recordCriterion.addClickListener(e -> new ParticipantCriterionForm(reference, clock, input ->
                change(() -> directory.recordCriterion(participant, input))).open());
        configureCriteria();

        recordCriterion.setId("record-criterion");
        eligibility.setId("eligibility-answer");
        eligibilityDate.setLabel(getTranslation("participants.eligibility.date"));
        eligibilityDate.setValue(LocalDate.now(clock));
        eligibilityDate.addValueChangeListener(e -> showEligibility());

        openPathway.setText(getTranslation("participants.pathways.open"));
        openPathway.setIcon(VaadinIcon.PLUS.create());
        openPathway.addClickListener(e -> new ParticipantPathwayForm(followUp, clock, this::openPathway).open());
        pathways.setPadding(false);

        add(title, actions, identity,
                new H3(getTranslation("participants.criteria.title")), recordCriterion, criteria,
                new H3(getTranslation("participants.eligibility.title")),
                new Paragraph(getTranslation("participants.eligibility.rule",
                        directory.eligibilityRule().levelTwoCriteriaRequired())),
                eligibilityDate, eligibility, metCriteria,
                new H3(getTranslation("participants.pathways.title")), openPathway, pathways);
    }

    static void open(UUID participantId) {
        UI.getCurrent().navigate(ParticipantFileView.class,
                new RouteParameters(PARTICIPANT_ID, participantId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get(PARTICIPANT_ID).orElseThrow());
            reference = directory.criteria();
            show(directory.open(id));
            showPathways();
        } catch (IllegalArgumentException | NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void configureCriteria() {
        criteria.addColumn(this::label).setHeader(getTranslation("participants.criterion.criterion")).setFlexGrow(2);
        criteria.addColumn(c -> c.proofChecked() == null ? "" : c.proofChecked())
                .setHeader(getTranslation("participants.criterion.proof-checked")).setFlexGrow(2);
        criteria.addColumn(c -> date(c.proofDate(), getLocale()))
                .setHeader(getTranslation("participants.criterion.proof-date"));
        criteria.addColumn(c -> date(c.validUntil(), getLocale()))
                .setHeader(getTranslation("participants.criterion.valid-until"));
        criteria.addColumn(RecordedCriterion::recordedBy)
                .setHeader(getTranslation("participants.criterion.recorded-by"));
        criteria.addComponentColumn(this::removeButton).setAutoWidth(true);
        criteria.setEmptyStateText(getTranslation("participants.criteria.empty"));
        criteria.setAllRowsVisible(true);
    }

    private Button removeButton(RecordedCriterion criterion) {
        Button remove = new Button(getTranslation("participants.criterion.remove"), e -> new ConfirmDialog(
                getTranslation("participants.criterion.remove.title", label(criterion)),
                getTranslation("participants.criterion.remove.text"), getTranslation("participants.criterion.remove"),
                confirmed -> change(() -> directory.removeCriterion(participant, criterion.id())),
                getTranslation("common.cancel"), cancelled -> { }).open());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(!participant.isAnonymised());
        return remove;
    }

    private String label(RecordedCriterion criterion) {
        return reference.stream().filter(c -> c.code().equals(criterion.criterionCode())).findFirst()
                .map(c -> getTranslation("participants.criterion.label", c.label(getLocale()), c.level()))
                .orElse(criterion.criterionCode());
    }

    private void show(Participant shown) {
        participant = shown;
        ParticipantDetails details = shown.details();
        title.setText(getTranslation("participants.file.title", shown.reference()) + " : "
                + details.lastName().toUpperCase(getLocale()) + " " + details.firstName());
        identity.removeAll();
        identity.add(new Paragraph(getTranslation("participants.sex." + details.sex().name()) + ", "
                + getTranslation("participants.file.born-on", date(details.birthDate(), getLocale()))));
        if (details.address() != null || details.postalCode() != null) {
            identity.add(new Paragraph(getTranslation("participants.file.address",
                    String.join(" ", details.address() == null ? "" : details.address(),
                            details.postalCode() == null ? "" : details.postalCode()).strip())));
        }
        identity.add(new Paragraph(getTranslation("participants.file.commune", details.commune(), details.inseeCode())),
                new Paragraph(getTranslation("participants.file.qpv", yesNo(details.qpvResident())) + " ; "
                        + getTranslation("participants.file.nanterre", yesNo(details.nanterreResident()))),
                new Paragraph(getTranslation("participants.file.organisation",
                        getTranslation("participants.organisation." + details.referringOrganisation().name()))
                        + (details.referent() == null ? ""
                        : " ; " + getTranslation("participants.file.referent", details.referent()))),
                new Paragraph(getTranslation("participants.file.enrolled-on", date(shown.enrolledOn(), getLocale()))));
        if (shown.isAnonymised()) {
            identity.add(new Paragraph(getTranslation("participants.file.anonymised-on",
                    date(shown.anonymisedOn(), getLocale()))));
        }
        edit.setEnabled(!shown.isAnonymised());
        recordCriterion.setEnabled(!shown.isAnonymised());
        anonymise.setVisible(privacy.mayAnonymise());
        anonymise.setEnabled(!shown.isAnonymised());
        criteria.setItems(shown.criteria());
        showEligibility();
    }

    private void showEligibility() {
        LocalDate day = eligibilityDate.getValue();
        metCriteria.removeAll();
        if (day == null || participant == null) {
            eligibility.setText("");
            return;
        }
        EligibilitySnapshot snapshot = directory.eligibilityOf(participant, day);
        eligibility.setText(getTranslation(snapshot.eligible() ? "participants.eligibility.eligible"
                : "participants.eligibility.not-eligible", date(day, getLocale())));
        eligibility.getStyle().set("font-weight", "600").set("color", snapshot.eligible()
                ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        snapshot.criteria().forEach(met -> metCriteria.add(new ListItem(getTranslation("participants.eligibility.met",
                reference.stream().filter(c -> c.code().equals(met.code())).findFirst()
                        .map(c -> getTranslation("participants.criterion.label", c.label(getLocale()), c.level()))
                        .orElse(met.code()),
                date(met.proofDate(), getLocale()), date(met.validUntil(), getLocale())))));
    }

    private void showPathways() {
        pathways.removeAll();
        List<Pathway> all = followUp.pathwaysOf(participant.id());
        if (all.isEmpty()) {
            pathways.add(new Paragraph(getTranslation("participants.pathways.empty")));
        }
        all.forEach(pathway -> pathways.add(new ParticipantPathwayPanel(followUp, pathway, clock, this::pathwayChanged)));
        pathwayChanged();
    }

    private void pathwayChanged() {
        openPathway.setEnabled(pathways.getChildren().noneMatch(child -> child instanceof ParticipantPathwayPanel panel
                && panel.pathway().isOpen()));
    }

    private void openPathway(NewPathway input) {
        try {
            followUp.open(participant.id(), input);
            showPathways();
        } catch (IllegalStateException openAlready) {
            Notices.refused("participants.pathway.open-already");
        }
    }

    private void confirmAnonymisation() {
        new ConfirmDialog(getTranslation("participants.file.anonymise.title", participant.reference()),
                getTranslation("participants.file.anonymise.text"),
                getTranslation("participants.file.anonymise.confirm"),
                confirmed -> {
                    if (change(() -> privacy.anonymise(participant))) {
                        showPathways();
                        Notices.done("participants.file.anonymised", participant.reference());
                    }
                },
                getTranslation("common.cancel"), cancelled -> { }).open();
    }

    private void saved(Participant changed) {
        show(changed);
        Notices.done("participants.saved", changed.reference());
    }

    /**
     * A change from the version on screen; refused when someone else changed the file since.
     *
     * @return whether it was made
     */
    private boolean change(Supplier<Participant> change) {
        try {
            show(change.get());
            return true;
        } catch (OptimisticLockingFailureException conflict) {
            Notices.concurrentChange();
            return false;
        }
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "participants.yes" : "participants.no");
    }

    @Override
    public String getPageTitle() {
        return participant == null ? getTranslation("participants.title")
                : getTranslation("participants.file.title", participant.reference());
    }
}
