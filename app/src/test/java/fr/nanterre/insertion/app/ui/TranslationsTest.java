package fr.nanterre.insertion.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every screen text exists in French and in English, and is written so that it displays as typed. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z][\\w.\\-]*[\\w-])\"");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\d");

    @Test
    void eachModuleHasTheSameKeysInFrenchAndInEnglish() throws IOException {
        Map<String, Properties> french = bundles("fr");
        Map<String, Properties> english = bundles("en");
        assertThat(english.keySet()).isEqualTo(french.keySet());
        french.forEach((module, texts) -> assertThat(english.get(module).stringPropertyNames())
                .as("keys of i18n/%s", module).isEqualTo(texts.stringPropertyNames()));
    }

    /** A text with parameters goes through MessageFormat, where an apostrophe is written twice; else once. */
    @Test
    void apostrophesAreDoubledExactlyInTextsWithParameters() throws IOException {
        for (String language : List.of("fr", "en")) {
            bundles(language).forEach((module, texts) -> texts.forEach((key, text) -> {
                String value = text.toString();
                if (PARAMETER.matcher(value).find()) {
                    assertThat(value.replace("''", "")).as("%s (%s)", key, language).doesNotContain("'");
                } else {
                    assertThat(value).as("%s (%s)", key, language).doesNotContain("''");
                }
            }));
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsTranslated() throws IOException {
        Set<String> known = new HashSet<>();
        bundles("fr").values().forEach(texts -> known.addAll(texts.stringPropertyNames()));
        Set<String> asked = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of(".."))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    asked.add(matcher.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(known).containsAll(asked);
    }

    private static Map<String, Properties> bundles(String language) throws IOException {
        Map<String, Properties> bundles = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*/messages_" + language + ".properties")) {
            String path = resource.getURL().getPath();
            String folder = path.substring(0, path.lastIndexOf('/'));
            Properties texts = new Properties();
            try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            bundles.put(folder.substring(folder.lastIndexOf('/') + 1), texts);
        }
        return bundles;
    }
}
