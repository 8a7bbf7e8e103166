package fr.nanterre.insertion.urbanrenewal.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.i18n.I18NProvider;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.urbanrenewal.progress.Standing;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.Badge;
import org.jspecify.annotations.Nullable;

/**
 * How the charter's figures are written on the screens and in the reports: hours, percentages, statuses, and the
 * counts of people, which a reader of aggregates only (VIEWER) sees as "< 5" between 1 and 4 (DESIGN.md §4).
 */
final class CharterText {

    /** A count of people from 1 to 4 is hidden from those who see aggregates only. */
    static final int SMALLEST_SHOWN = 5;

    private CharterText() {
    }

    static String hours(Number hours, Locale locale) {
        return text(locale, "urbanrenewal.hours", Format.number(hours, locale));
    }

    /** "66,7 %", or "—" when there is nothing to divide. */
    static String percent(@Nullable BigDecimal percent, Locale locale) {
        return percent == null ? "—" : text(locale, "urbanrenewal.percent", Format.number(percent, locale));
    }

    static String rate(BigDecimal percent, Locale locale) {
        return percent(percent.stripTrailingZeros(), locale);
    }

    /** A count of people (or of contracts of employment, which point at people) as the reader may see it. */
    static String people(long count, boolean masked, Locale locale) {
        return hidden(count, masked) ? text(locale, "urbanrenewal.fewer-than-five") : Format.number(count, locale);
    }

    /** The same for a report's cell: a number, or the "< 5" text. */
    static Object peopleCell(long count, boolean masked, Locale locale) {
        return hidden(count, masked) ? text(locale, "urbanrenewal.fewer-than-five") : count;
    }

    private static boolean hidden(long count, boolean masked) {
        return masked && count > 0 && count < SMALLEST_SHOWN;
    }

    static String status(@Nullable ComplianceStatus status, Locale locale) {
        return text(locale, "urbanrenewal.status." + (status == null ? "NONE" : status.name()));
    }

    /** A small coloured label with the status, as procurement shows a clause's. */
    static Badge statusBadge(@Nullable ComplianceStatus status, Locale locale) {
        Badge.Tone tone = status == null ? Badge.Tone.NEUTRAL : switch (status) {
            case ACHIEVED -> Badge.Tone.SUCCESS;
            case ON_TRACK -> Badge.Tone.INFO;
            case BEHIND -> Badge.Tone.WARNING;
            case FAILED -> Badge.Tone.ERROR;
            case NOT_STARTED -> Badge.Tone.NEUTRAL;
        };
        return new Badge(status(status, locale), tone);
    }

    /** Realised ÷ target, full at 100 % and beyond; coloured after the status. */
    static ProgressBar progressBar(Standing standing) {
        BigDecimal percent = standing.percentOfTarget();
        double share = percent == null ? 0 : Math.min(1, percent.doubleValue() / 100);
        ProgressBar bar = new ProgressBar(0, 1, share);
        ComplianceStatus status = standing.status();
        if (status == ComplianceStatus.ACHIEVED) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        } else if (status == ComplianceStatus.BEHIND || status == ComplianceStatus.FAILED) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        bar.setMinWidth("6rem");
        return bar;
    }

    static String text(Locale locale, String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}
