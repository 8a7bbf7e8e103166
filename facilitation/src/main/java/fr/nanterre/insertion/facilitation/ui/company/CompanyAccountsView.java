package fr.nanterre.insertion.facilitation.ui.company;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import fr.nanterre.insertion.facilitation.company.CompanyAccount;
import fr.nanterre.insertion.facilitation.company.CompanyAccountBook;
import fr.nanterre.insertion.facilitation.company.NewCompanyAccount;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.Badge;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;

/**
 * The companies' portal accounts: open one (the person is e-mailed a link to set their password), send the link
 * again, deactivate one after confirmation. Says so when no e-mail can leave.
 */
@Route("comptes-entreprises")
@Menu(title = "facilitation.companies.menu", order = 47, icon = "vaadin:building-o")
@RolesAllowed({Roles.FACILITATOR, Roles.ADMIN})
class CompanyAccountsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button open = new Button();
    final Grid<CompanyAccount> accounts = new Grid<>();
    final Paragraph mailOff = new Paragraph();
    private final CompanyAccountBook book;

    CompanyAccountsView(CompanyAccountBook book) {
        this.book = book;
        setSizeFull();
        mailOff.setText(getTranslation("facilitation.companies.mail-off"));
        mailOff.getStyle().set("color", "var(--lumo-error-text-color)");
        mailOff.setVisible(!book.mailConfigured());
        open.setId("open-company-account");
        open.setText(getTranslation("facilitation.companies.new"));
        open.setIcon(VaadinIcon.PLUS.create());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> openForm());
        search.setPlaceholder(getTranslation("facilitation.companies.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> accounts.getDataProvider().refreshAll());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        accounts.addColumn(CompanyAccount::username).setHeader(getTranslation("facilitation.companies.email"))
                .setSortProperty("username").setKey("username").setFlexGrow(2);
        accounts.addColumn(CompanyAccount::name).setHeader(getTranslation("facilitation.companies.name"))
                .setSortProperty("name").setKey("name").setFlexGrow(2);
        accounts.addColumn(a -> String.join(", ", a.sirets().stream().sorted().toList()))
                .setHeader(getTranslation("facilitation.companies.siret-column")).setKey("sirets");
        accounts.addComponentColumn(this::state).setHeader(getTranslation("facilitation.companies.state"))
                .setSortProperty("active").setKey("active");
        accounts.addColumn(a -> when.format(a.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("facilitation.companies.created-at")).setSortProperty("createdAt");
        accounts.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        accounts.setEmptyStateText(getTranslation("facilitation.companies.none"));
        accounts.setItems(query -> book.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) book.count(search.getValue()));

        ExportButton export = new ExportButton("comptes-entreprises.xlsx", getTranslation("facilitation.companies.menu"),
                List.of(getTranslation("facilitation.companies.email"), getTranslation("facilitation.companies.name"),
                        getTranslation("facilitation.companies.siret-column"),
                        getTranslation("facilitation.companies.active"),
                        getTranslation("facilitation.companies.password"),
                        getTranslation("facilitation.companies.created-at")),
                () -> book.search(search.getValue(), Pageable.unpaged()).stream().map(a -> Arrays.<Object>asList(
                        a.username(), a.name(), String.join(", ", a.sirets().stream().sorted().toList()),
                        getTranslation(a.active() ? "facilitation.companies.active" : "facilitation.companies.inactive"),
                        getTranslation(a.passwordSet() ? "facilitation.companies.password.set"
                                : "facilitation.companies.password.waiting"),
                        a.createdAt().atZone(ZoneId.systemDefault()).toLocalDateTime())));
        HorizontalLayout toolbar = new HorizontalLayout(search, export, open);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.companies.title")), mailOff, toolbar, accounts);
        expand(accounts);
    }

    private Component state(CompanyAccount account) {
        if (!account.active()) {
            return new Badge(getTranslation("facilitation.companies.inactive"), Badge.Tone.NEUTRAL);
        }
        return account.passwordSet()
                ? new Badge(getTranslation("facilitation.companies.password.set"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("facilitation.companies.password.waiting"), Badge.Tone.WARNING);
    }

    private Component actions(CompanyAccount account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (account.active()) {
            Button link = new Button(getTranslation("facilitation.companies.send-link"), e -> {
                if (book.sendLinkAgain(account)) {
                    Notices.done("facilitation.companies.link-sent", account.username());
                } else {
                    Notices.refused("facilitation.companies.mail-off");
                }
            });
            link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button deactivate = new Button(getTranslation("facilitation.companies.deactivate"),
                    e -> confirmDeactivation(account));
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(link, deactivate);
        } else {
            Button reactivate = new Button(getTranslation("facilitation.companies.reactivate"), e -> {
                try {
                    book.reactivate(account);
                } catch (OptimisticLockingFailureException meanwhile) {
                    Notices.concurrentChange();
                }
                accounts.getDataProvider().refreshAll();
            });
            reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reactivate);
        }
        return actions;
    }

    private void confirmDeactivation(CompanyAccount account) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("facilitation.companies.deactivate"),
                getTranslation("facilitation.companies.deactivate.confirm", account.username()),
                getTranslation("facilitation.companies.deactivate"), e -> {
                    try {
                        book.deactivate(account);
                    } catch (OptimisticLockingFailureException meanwhile) {
                        Notices.concurrentChange();
                    }
                    accounts.getDataProvider().refreshAll();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void openForm() {
        CompanyAccountForm[] form = new CompanyAccountForm[1];
        form[0] = new CompanyAccountForm(typed -> {
            try {
                CompanyAccountBook.Opened opened = book.open(new NewCompanyAccount(typed.name(), typed.email(),
                        NewCompanyAccount.sirets(typed.sirets()), typed.language()));
                if (opened.mailSent()) {
                    Notices.done("facilitation.companies.opened", opened.account().username());
                } else {
                    Notices.refused("facilitation.companies.mail-failed");
                }
                accounts.getDataProvider().refreshAll();
                return true;
            } catch (CompanyAccountBook.DuplicateAccountException taken) {
                form[0].refused("facilitation.company.duplicate");
                return false;
            } catch (IllegalArgumentException invalid) {
                form[0].refused(invalid.getMessage());
                return false;
            }
        });
        form[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.companies.title");
    }
}
