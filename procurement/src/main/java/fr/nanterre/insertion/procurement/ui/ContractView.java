package fr.nanterre.insertion.procurement.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.clause.TradeTable;
import fr.nanterre.insertion.procurement.contract.ClauseFollowUp;
import fr.nanterre.insertion.procurement.contract.ClauseStanding;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractAwardee;
import fr.nanterre.insertion.procurement.contract.ContractModification;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractStatus;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.contract.ReservedLotException;
import fr.nanterre.insertion.procurement.recommend.Recommender;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.Badge;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/** One contract: its terms, its lots and their social considerations, and how its clauses stand. */
@Route("marches/:id")
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.FACILITATOR, Roles.URBAN_RENEWAL})
class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractRegister register;
    private final ClauseFollowUp followUp;
    private final TradeTable trades;
    private final Clock clock;
    private final boolean mayChange;
    Contract contract;
    final Button edit = new Button();
    final Button addLot = new Button();
    final Button award = new Button();
    final Button close = new Button();
    final Button recommend = new Button();
    final Grid<Lot> lots = new Grid<>();
    final Grid<ClauseStanding> standings = new Grid<>();
    final Grid<ContractAwardee> awardees = new Grid<>();
    final Grid<ContractModification> modifications = new Grid<>();
    /** Shown when the register cannot confirm one of the awardees the open data name. */
    final Badge toCheck = new Badge("", Badge.Tone.WARNING);

    ContractView(ContractRegister register, ClauseFollowUp followUp, TradeTable trades, Recommender recommender,
                 Clock clock, AuthenticationContext authentication) {
        this.register = register;
        this.followUp = followUp;
        this.trades = trades;
        this.clock = clock;
        this.mayChange = authentication.hasAnyRole(Roles.PROCUREMENT, Roles.ADMIN);
        setMaxWidth("80rem");
        edit.setText(getTranslation("common.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> new ContractForm(register, contract, this::show).open());
        addLot.setId("add-lot");
        addLot.setText(getTranslation("procurement.lot.add"));
        addLot.setIcon(VaadinIcon.PLUS.create());
        addLot.addClickListener(e -> new LotForm(null, takenNumbers(null),
                details -> change(() -> register.putLot(contract, null, details))).open());
        award.setId("award-contract");
        award.setText(getTranslation("procurement.contract.award"));
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.addClickListener(e -> askDate("procurement.contract.award", "procurement.contract.notified-on",
                day -> register.award(contract, day)));
        close.setText(getTranslation("procurement.contract.close"));
        close.addClickListener(e -> askDate("procurement.contract.close", "procurement.contract.closed-on",
                day -> register.close(contract, day)));
        recommend.setId("recommend-contract");
        recommend.setText(getTranslation("procurement.recommend.button"));
        recommend.setIcon(VaadinIcon.LIGHTBULB.create());
        recommend.addClickListener(e -> new RecommendDialog(recommender, contract, mayChange, this::show).open());
        configureLots();
        configureStandings();
        configurePublished();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            register.find(UUID.fromString(id)).ifPresentOrElse(this::show,
                    () -> event.rerouteToError(IllegalArgumentException.class, "contract " + id));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(IllegalArgumentException.class, "contract " + id);
        }
    }

    private void show(Contract shown) {
        this.contract = shown;
        removeAll();
        Span status = new Span(getTranslation("procurement.status." + shown.status().name()));
        toCheck.setText(getTranslation("procurement.contract.awardee-to-check"));
        toCheck.setId("awardee-to-check");
        toCheck.setVisible(shown.awardeeToCheck());
        HorizontalLayout title = new HorizontalLayout(new H2(shown.reference() + " – " + shown.object()), status,
                toCheck);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout actions = new HorizontalLayout(edit, recommend, award, close);
        recommend.setVisible(shown.status() == ContractStatus.PLANNED);
        edit.setVisible(mayChange);
        addLot.setVisible(mayChange && shown.status() == ContractStatus.PLANNED);
        award.setVisible(mayChange && shown.status() == ContractStatus.PLANNED);
        close.setVisible(mayChange && shown.status() == ContractStatus.AWARDED);
        lots.setItems(shown.lots());
        List<ClauseStanding> clauses = followUp.of(shown);
        standings.setItems(clauses);
        add(title, actions, summary(shown), new H3(getTranslation("procurement.lot.title.plural")), addLot, lots);
        if (!shown.awardees().isEmpty()) {
            awardees.setItems(shown.awardees());
            add(new H3(getTranslation("procurement.awardees.title")), awardees);
        }
        if (!shown.modifications().isEmpty()) {
            modifications.setItems(shown.modifications());
            add(new H3(getTranslation("procurement.modifications.title")),
                    new Paragraph(getTranslation("procurement.modifications.current",
                            Format.euros(shown.currentAmountExclTax(), getLocale()), shown.currentDurationMonths())),
                    modifications);
        }
        if (!clauses.isEmpty()) {
            add(new H3(getTranslation("procurement.standing.title")), standings);
        }
    }

    /** What the open data publish beyond the lots: every awardee, with what is to check, and the modifications. */
    private void configurePublished() {
        awardees.addColumn(ContractAwardee::lotNumber).setHeader(getTranslation("procurement.lot.number"))
                .setAutoWidth(true).setFlexGrow(0);
        awardees.addColumn(a -> getTranslation("procurement.awardee.role." + a.role().name()))
                .setHeader(getTranslation("procurement.awardee.role")).setKey("role").setAutoWidth(true);
        awardees.addColumn(ContractAwardee::label).setHeader(getTranslation("procurement.lot.awardee")).setFlexGrow(2);
        awardees.addColumn(a -> a.idType() + " " + a.identifier())
                .setHeader(getTranslation("procurement.awardee.identifier")).setAutoWidth(true);
        awardees.addColumn(a -> a.amountExclTax() == null ? "" : Format.euros(a.amountExclTax(), getLocale()))
                .setHeader(getTranslation("procurement.contract.amount")).setAutoWidth(true);
        awardees.addComponentColumn(a -> a.toCheck() == null
                        ? new Badge(getTranslation("procurement.awardee.confirmed"), Badge.Tone.SUCCESS)
                        : new Badge(getTranslation(a.toCheck()), Badge.Tone.WARNING))
                .setHeader(getTranslation("procurement.awardee.check")).setKey("check").setFlexGrow(3);
        awardees.setAllRowsVisible(true);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        modifications.addColumn(m -> m.notifiedOn() == null ? "—" : date.format(m.notifiedOn()))
                .setHeader(getTranslation("procurement.modification.notified-on")).setAutoWidth(true);
        modifications.addColumn(m -> m.amountExclTax() == null ? "—" : Format.euros(m.amountExclTax(), getLocale()))
                .setHeader(getTranslation("procurement.modification.amount")).setKey("amount");
        modifications.addColumn(m -> m.durationMonths() == null ? "—"
                        : getTranslation("procurement.contract.months", m.durationMonths()))
                .setHeader(getTranslation("procurement.modification.duration")).setKey("duration");
        modifications.addColumn(m -> Objects.toString(m.decpId(), ""))
                .setHeader(getTranslation("procurement.modification.id")).setAutoWidth(true);
        modifications.setAllRowsVisible(true);
    }

    private FormLayout summary(Contract shown) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        var details = shown.details();
        FormLayout form = new FormLayout();
        form.getStyle().set("--vaadin-form-item-label-width", "12em");
        form.addFormItem(new Span(shown.buyer()), getTranslation("procurement.contract.buyer"));
        form.addFormItem(new Span(details.procedure().decpLabel()), getTranslation("procurement.contract.procedure"));
        form.addFormItem(new Span(Objects.toString(details.cpvCode(), "—")), getTranslation("procurement.contract.cpv"));
        form.addFormItem(new Span(getTranslation("procurement.ccag." + details.ccag().name())),
                getTranslation("procurement.contract.ccag"));
        form.addFormItem(new Span(Format.euros(shown.amountExclTax(), getLocale())),
                getTranslation("procurement.contract.amount"));
        form.addFormItem(new Span(getTranslation("procurement.contract.months", shown.durationMonths())),
                getTranslation("procurement.contract.duration"));
        form.addFormItem(new Span(shown.notifiedOn() == null ? (shown.plannedNotification() == null ? "—"
                : getTranslation("procurement.contract.planned", date.format(shown.plannedNotification())))
                : date.format(shown.notifiedOn())), getTranslation("procurement.contract.notified-on"));
        form.addFormItem(new Span(getTranslation("procurement.contract.hours", shown.targetHours())),
                getTranslation("procurement.contract.target-hours"));
        return form;
    }

    private void configureLots() {
        lots.addColumn(Lot::number).setHeader(getTranslation("procurement.lot.number")).setAutoWidth(true)
                .setFlexGrow(0);
        lots.addColumn(Lot::title).setHeader(getTranslation("procurement.lot.title")).setFlexGrow(2);
        lots.addColumn(l -> Format.euros(l.amountExclTax(), getLocale()))
                .setHeader(getTranslation("procurement.contract.amount"));
        lots.addColumn(l -> l.awardeeName() == null ? "—" : l.awardeeName() + " (" + l.awardeeSiret() + ")")
                .setHeader(getTranslation("procurement.lot.awardee")).setFlexGrow(2);
        lots.addColumn(this::considerations).setHeader(getTranslation("procurement.lot.considerations")).setFlexGrow(2);
        lots.addComponentColumn(this::lotActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        lots.setAllRowsVisible(true);
        lots.setEmptyStateText(getTranslation("procurement.lot.none"));
    }

    /** The lot numbers already used, but the edited lot's own. */
    private java.util.Set<Integer> takenNumbers(Lot edited) {
        return contract.lots().stream().filter(l -> edited == null || !l.id().equals(edited.id()))
                .map(Lot::number).collect(java.util.stream.Collectors.toSet());
    }

    private String considerations(Lot lot) {
        List<String> parts = new ArrayList<>();
        if (lot.clause() != null) {
            parts.add(getTranslation("procurement.lot.with-clause", lot.clause().targetHours()));
        }
        if (lot.criterion() != null) {
            parts.add(getTranslation("procurement.lot.with-criterion", lot.criterion().weightPercent()
                    .stripTrailingZeros().toPlainString()));
        }
        if (lot.reservation() != Reservation.NONE) {
            parts.add(getTranslation("procurement.reservation." + lot.reservation().name()));
        }
        if (lot.insertionContract()) {
            parts.add(getTranslation("procurement.lot.insertion-contract.short"));
        }
        return parts.isEmpty() ? getTranslation("procurement.lot.no-consideration") : String.join(" · ", parts);
    }

    private HorizontalLayout lotActions(Lot lot) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!mayChange) {
            return actions;
        }
        Button clause = new Button(getTranslation("procurement.clause.button"), VaadinIcon.CLOCK.create(),
                e -> new ClauseForm(lot, trades.all(), decision -> change(() -> register.setClause(contract,
                        lot.id(), decision.target(), decision.penaltyPerHour(), decision.tradeCode()))).open());
        clause.setId("clause-lot-" + lot.number());
        Button awardee = new Button(getTranslation("procurement.lot.awardee.button"), VaadinIcon.USER_CHECK.create(),
                e -> askAwardee(lot));
        awardee.setId("awardee-lot-" + lot.number());
        Button editLot = new Button(VaadinIcon.EDIT.create(), e -> new LotForm(lot, takenNumbers(lot),
                details -> change(() -> register.putLot(contract, lot.id(), details))).open());
        editLot.setAriaLabel(getTranslation("common.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("common.confirm"),
                    getTranslation("procurement.lot.remove.confirm", lot.number(), lot.title()),
                    getTranslation("common.delete"), ok -> change(() -> register.removeLot(contract, lot.id())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        remove.setAriaLabel(getTranslation("common.delete"));
        boolean planned = contract == null || contract.status() == ContractStatus.PLANNED;
        remove.setVisible(planned);
        awardee.setVisible(planned);
        actions.add(clause, awardee, editLot, remove);
        return actions;
    }

    private void askAwardee(Lot lot) {
        TextField siret = new TextField(getTranslation("procurement.lot.awardee-siret"));
        siret.setId("awardee-siret");
        siret.setValue(Objects.toString(lot.awardeeSiret(), ""));
        TextField name = new TextField(getTranslation("procurement.lot.awardee-name"));
        name.setId("awardee-name");
        name.setHelperText(getTranslation("procurement.lot.awardee-name.help"));
        name.setValue(Objects.toString(lot.awardeeName(), ""));
        ask(getTranslation("procurement.lot.awardee.button") + " – " + lot.title(), new FormLayout(siret, name),
                "common.save", "save-awardee", () -> {
                    if (!Siret.isWellFormed(siret.getValue())) {
                        siret.setErrorMessage(getTranslation("procurement.lot.awardee-siret.invalid"));
                        siret.setInvalid(true);
                        return false;
                    }
                    try {
                        show(register.awardLot(contract, lot.id(), siret.getValue(), name.getValue()));
                        return true;
                    } catch (ReservedLotException reserved) {
                        siret.setErrorMessage(getTranslation("procurement.lot.reserved."
                                + reserved.reservation().name()));
                        siret.setInvalid(true);
                    } catch (OptimisticLockingFailureException concurrentChange) {
                        Notices.concurrentChange();
                    }
                    return false;
                });
    }

    private void askDate(String action, String label, java.util.function.Function<LocalDate, Contract> apply) {
        LocalizedDatePicker day = new LocalizedDatePicker(getTranslation(label));
        day.setValue(LocalDate.now(clock));
        ask(getTranslation(action), day, "common.confirm", "confirm-date", () -> {
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("procurement.required"));
                day.setInvalid(true);
                return false;
            }
            try {
                show(apply.apply(day.getValue()));
                return true;
            } catch (IllegalStateException | IllegalArgumentException refused) {
                day.setErrorMessage(getTranslation(action + ".refused"));
                day.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
    }

    /** A small dialog whose main button does {@code action}, closing the dialog when it returns true. */
    private void ask(String title, Component content, String buttonKey, String buttonId, BooleanSupplier action) {
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(title);
        Button main = new Button(getTranslation(buttonKey), e -> {
            if (action.getAsBoolean()) {
                dialog.close();
            }
        });
        main.setId(buttonId);
        main.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), main);
        dialog.open();
    }

    private void configureStandings() {
        standings.addColumn(ClauseStanding::lotNumber).setHeader(getTranslation("procurement.lot.number"))
                .setAutoWidth(true).setFlexGrow(0);
        standings.addColumn(ClauseStanding::awardee).setHeader(getTranslation("procurement.lot.awardee"));
        standings.addColumn(s -> getTranslation("procurement.standing.hours",
                Format.number(s.realisedHours(), getLocale()), s.targetHours(),
                Format.number(s.percentOfTarget(), getLocale())))
                .setHeader(getTranslation("procurement.standing.realised")).setFlexGrow(2);
        standings.addColumn(s -> Format.number(s.etp(), getLocale())).setHeader(getTranslation("procurement.standing.etp"));
        standings.addColumn(ClauseStanding::people).setHeader(getTranslation("procurement.standing.people"));
        standings.addComponentColumn(s -> statusBadge(s.status()))
                .setHeader(getTranslation("procurement.contract.status"));
        standings.addColumn(s -> contract.status() == ContractStatus.PLANNED ? "—" : Format.euros(s.penalty(), getLocale()))
                .setHeader(getTranslation("procurement.standing.penalty"));
        standings.setAllRowsVisible(true);
    }

    private Badge statusBadge(ComplianceStatus status) {
        return new Badge(getTranslation("procurement.compliance." + status.name()), switch (status) {
            case ACHIEVED -> Badge.Tone.SUCCESS;
            case ON_TRACK -> Badge.Tone.INFO;
            case BEHIND -> Badge.Tone.WARNING;
            case FAILED -> Badge.Tone.ERROR;
            case NOT_STARTED -> Badge.Tone.NEUTRAL;
        });
    }

    private boolean change(Supplier<Contract> action) {
        try {
            show(action.get());
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notices.refused();
        } catch (OptimisticLockingFailureException concurrentChange) {
            Notices.concurrentChange();
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return contract == null ? getTranslation("procurement.contracts.title") : contract.reference();
    }
}
