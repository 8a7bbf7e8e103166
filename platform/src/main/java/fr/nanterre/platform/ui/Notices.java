package fr.nanterre.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The notifications every screen shows the same way: a change someone else made meanwhile, a change the rules
 * refused, and work done. Texts are translation keys with their parameters, in the current UI's language.
 */
public final class Notices {

    private Notices() {
    }

    /** Someone else changed the record while the user was editing it; nothing was overwritten. */
    public static void concurrentChange() {
        show("common.concurrent-change", NotificationVariant.LUMO_ERROR, 8000, Notification.Position.MIDDLE);
    }

    /** The change was refused by a rule; {@code key} says which (by default {@code common.change-refused}). */
    public static void refused(String key, Object... parameters) {
        show(key, NotificationVariant.LUMO_ERROR, 6000, Notification.Position.MIDDLE, parameters);
    }

    /** The change was refused by a rule the message does not name: check the values, reload, try again. */
    public static void refused() {
        refused("common.change-refused");
    }

    /** Work done, said briefly at the bottom of the screen. */
    public static void done(String key, Object... parameters) {
        show(key, NotificationVariant.LUMO_SUCCESS, 4000, Notification.Position.BOTTOM_START, parameters);
    }

    private static void show(String key, NotificationVariant variant, int millis, Notification.Position position,
                             Object... parameters) {
        UI ui = UI.getCurrent();
        String text = ui == null ? key : I18NProvider.translate(ui.getLocale(), key, parameters);
        Notification.show(text, millis, position).addThemeVariants(variant);
    }
}
