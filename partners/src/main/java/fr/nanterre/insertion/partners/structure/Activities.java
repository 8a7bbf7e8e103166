package fr.nanterre.insertion.partners.structure;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A structure's activities as users type them: CPV families or trade codes, separated by commas, semicolons or
 * spaces. A CPV code is kept as its family, without check digit and trailing zeros ("45442000-7" → "45442"); a trade
 * code in capitals ("peinture" is not one: "PAINTING" is, as procurement's trade table names it).
 */
public final class Activities {

    public static final int MAX_COUNT = 20;
    private static final int MAX_LENGTH = 40;

    private Activities() {
    }

    /** @throws IllegalArgumentException naming the first activity that is neither a CPV family nor a trade code */
    public static List<String> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> parsed = new LinkedHashSet<>();
        for (String word : text.split("[,;\\s]+")) {
            if (!word.isBlank()) {
                parsed.add(normalise(word));
            }
        }
        if (parsed.size() > MAX_COUNT) {
            throw new IllegalArgumentException("At most " + MAX_COUNT + " activities");
        }
        return List.copyOf(parsed);
    }

    /** The activities as the form shows them: "45442, PAINTING". */
    public static String format(List<String> activities) {
        return String.join(", ", activities);
    }

    static List<String> checked(@Nullable List<String> activities) {
        return activities == null ? List.of() : parse(String.join(",", activities));
    }

    private static String normalise(String word) {
        String value = word.strip();
        if (value.matches("\\d{2,8}(-\\d)?")) {
            String digits = value.replaceFirst("-\\d$", "");
            String family = digits.replaceFirst("0+$", "");
            return family.length() < 2 ? digits.substring(0, 2) : family;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z][A-Z_]{1,39}") && code.length() <= MAX_LENGTH) {
            return code;
        }
        throw new IllegalArgumentException("Not a CPV family nor a trade code: " + word);
    }

    /** Whether one of the activities covers a purchase of this CPV code (8 digits) or this trade. */
    public static boolean cover(List<String> activities, @Nullable String cpvCode, @Nullable String tradeCode) {
        return activities.stream().anyMatch(activity -> activity.equals(tradeCode)
                || cpvCode != null && Character.isDigit(activity.charAt(0)) && cpvCode.startsWith(activity));
    }

    static String[] array(List<String> activities) {
        return activities.toArray(String[]::new);
    }

    static List<String> list(String @Nullable [] activities) {
        return activities == null ? List.of() : Arrays.asList(activities);
    }
}
