package fr.nanterre.platform.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Vaadin's translations, gathered from every module: each one ships {@code i18n/<module>/messages_fr.properties}
 * and {@code messages_en.properties}, so a module adds its screens' texts without the application knowing them.
 * French is the default language; English is the other one offered.
 */
public class ModuleMessagesI18NProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLES = "classpath*:i18n/*/messages_fr.properties";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public ModuleMessagesI18NProvider() {
        messages.setBasenames(moduleBasenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(FRENCH);
    }

    private static String[] moduleBasenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
            return Arrays.stream(bundles)
                    .map(bundle -> "i18n/" + parentFolder(bundle) + "/messages")
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The translations could not be listed", e);
        }
    }

    private static String parentFolder(Resource bundle) {
        try {
            String path = bundle.getURL().getPath();
            String folder = path.substring(0, path.lastIndexOf('/'));
            return folder.substring(folder.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    /** A missing key shows as {@code !key!}, so that it is seen on screen and in tests rather than hidden. */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params.length == 0 ? null : params, "!" + key + "!", locale);
    }
}
