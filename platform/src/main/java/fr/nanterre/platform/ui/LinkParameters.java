package fr.nanterre.platform.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;

/**
 * The filters a link into a list carries in its query string ({@code marches?acheteur=…&conformite=BEHIND}), read
 * the same way by every list: a parameter's first value; a day as {@code yyyy-MM-dd}, a month as {@code yyyy-MM},
 * an enum constant by its name. A malformed or unknown value reads as absent, so a hand-edited link shows the list
 * unfiltered rather than an error page.
 */
public final class LinkParameters {

    private final Map<String, List<String>> parameters;

    private LinkParameters(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    public static LinkParameters of(BeforeEnterEvent event) {
        return of(event.getLocation().getQueryParameters());
    }

    public static LinkParameters of(QueryParameters parameters) {
        return new LinkParameters(parameters.getParameters());
    }

    /** Whether the link names any of these parameters. */
    public boolean namesAny(String... names) {
        return Arrays.stream(names).anyMatch(parameters::containsKey);
    }

    /** The parameter's first value, when it has one that is not blank. */
    public Optional<String> text(String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst().filter(value -> !value.isBlank());
    }

    public Optional<LocalDate> day(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        });
    }

    public Optional<YearMonth> month(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(YearMonth.parse(value));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        });
    }

    public <E extends Enum<E>> Optional<E> named(String name, Class<E> type) {
        return text(name).flatMap(value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value)).findFirst());
    }
}
