package fr.nanterre.insertion.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;
import fr.nanterre.platform.ui.ModuleMessagesI18NProvider;

/** Français / English. */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch() {
        setItems(ModuleMessagesI18NProvider.FRENCH, ModuleMessagesI18NProvider.ENGLISH);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setValue(getLocale().getLanguage().equals("en") ? ModuleMessagesI18NProvider.ENGLISH
                : ModuleMessagesI18NProvider.FRENCH);
        setAriaLabel(getTranslation("app.language"));
        setWidth("8.5rem");
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Language.choose(e.getValue());
            }
        });
    }
}
