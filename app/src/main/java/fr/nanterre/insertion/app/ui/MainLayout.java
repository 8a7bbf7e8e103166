package fr.nanterre.insertion.app.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * The shell around every view: the side navigation lists the {@code @Menu} views the current user may open
 * (Vaadin checks each view's access annotation), so a module adds a screen without this class knowing it.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements LocaleChangeObserver {

    final SideNav navigation = new SideNav();
    private final Span title = new Span();
    private final Span user = new Span();
    private final Button logout = new Button();

    /** A company account sees its portal's screens only, not the screens every logged-in user may open. */
    private final boolean company;

    MainLayout(AuthenticationContext authentication) {
        company = authentication.hasRole(Roles.COMPANY);
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        user.setText(authentication.getPrincipalName().orElse(""));
        logout.setIcon(VaadinIcon.SIGN_OUT.create());
        logout.addClickListener(e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout tools = new HorizontalLayout(new LanguageSwitch(), user, logout);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        header.add(tools);
        header.setWidthFull();
        addToNavbar(header);

        addToDrawer(new Scroller(navigation));
        setPrimarySection(Section.DRAWER);
    }

    /** Called when the layout is attached and whenever the language changes. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        user.getElement().setAttribute("title", getTranslation("app.connected-as"));
        logout.setText(getTranslation("app.logout"));
        navigation.removeAll();
        MenuConfiguration.getMenuEntries().stream().filter(entry -> !company || forCompanies(entry))
                .forEach(entry -> navigation.addItem(item(entry)));
    }

    private static boolean forCompanies(MenuEntry entry) {
        RolesAllowed allowed = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(Roles.COMPANY);
    }

    private SideNavItem item(MenuEntry entry) {
        return new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry.icon()));
    }

    /** A menu icon is written "collection:name", as in {@code vaadin:building}. */
    private static Component icon(String icon) {
        if (icon == null || !icon.contains(":")) {
            return VaadinIcon.CIRCLE_THIN.create();
        }
        String[] parts = icon.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }
}
