package fr.nanterre.insertion.app.ui;

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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every view: the side navigation lists the {@code @Menu} views the current user may open
 * (Vaadin checks each view's access annotation), so a module adds a screen without this class knowing it.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    final SideNav navigation = new SideNav();

    MainLayout(AuthenticationContext authentication) {
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.getElement().setAttribute("title", getTranslation("app.connected-as"));
        Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout tools = new HorizontalLayout(new LanguageSwitch(), user, logout);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        header.add(tools);
        header.setWidthFull();
        addToNavbar(header);

        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        addToDrawer(new Scroller(navigation));
        setPrimarySection(Section.DRAWER);
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
