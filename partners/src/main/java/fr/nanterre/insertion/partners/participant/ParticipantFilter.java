package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;
import java.util.StringJoiner;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of participants to. The last seven are the drill-down of the dashboards' figures
 * (PartnerIndicators): the list they give has as many lines as the figure.
 *
 * @param text                  part of the last or first name, any case, with or without accents; blank for all
 * @param qpvResident           true or false for QPV residents or the others, null for all
 * @param referringOrganisation one organisation, or null for all
 * @param eligibleToday         only those eligible today (see {@link EligibilityRule})
 * @param pathwayFrom           with {@code pathwayTo}: in a pathway on some day of that period (either may be null:
 *                              open-ended)
 * @param sex                   one sex
 * @param ageBand               the age band on the period's last day ({@code pathwayTo}, or today without one)
 * @param residence             QPV of Nanterre, rest of Nanterre or elsewhere
 * @param criterion             the code of a criterion recorded by the period's last day (or today)
 * @param exit                  exited a pathway in the period with an outcome of that category
 */
public record ParticipantFilter(@Nullable String text, @Nullable Boolean qpvResident,
                                @Nullable ReferringOrganisation referringOrganisation, boolean eligibleToday,
                                @Nullable LocalDate pathwayFrom, @Nullable LocalDate pathwayTo, @Nullable Sex sex,
                                @Nullable AgeBand ageBand, @Nullable Residence residence, @Nullable String criterion,
                                @Nullable OutcomeCategory exit) {

    public static final ParticipantFilter ALL = new ParticipantFilter(null, null, null, false);

    public ParticipantFilter(@Nullable String text, @Nullable Boolean qpvResident,
                             @Nullable ReferringOrganisation referringOrganisation, boolean eligibleToday) {
        this(text, qpvResident, referringOrganisation, eligibleToday, null, null, null, null, null, null, null);
    }

    public static ParticipantFilter named(String text) {
        return new ParticipantFilter(text, null, null, false);
    }

    /** Whether one of the drill-down filters is set. */
    public boolean drillsDown() {
        return pathwayFrom != null || pathwayTo != null || sex != null || ageBand != null || residence != null
                || criterion != null || exit != null;
    }

    /**
     * The filters as the audit log keeps them: whether a name was searched, never the name itself (it would put an
     * identity in a log that administrators read), and the other filters.
     */
    public String auditDetail() {
        String detail = "name searched=" + (text != null && !text.isBlank() ? "yes" : "no") + "; qpv="
                + (qpvResident == null ? "all" : qpvResident) + "; organisation="
                + (referringOrganisation == null ? "all" : referringOrganisation.name()) + "; eligible today="
                + eligibleToday;
        if (!drillsDown()) {
            return detail;
        }
        StringJoiner more = new StringJoiner("; ", detail + "; ", "");
        if (pathwayFrom != null || pathwayTo != null) {
            more.add("pathway=" + (pathwayFrom == null ? "" : pathwayFrom) + ".." + (pathwayTo == null ? "" : pathwayTo));
        }
        if (sex != null) {
            more.add("sex=" + sex.name());
        }
        if (ageBand != null) {
            more.add("age=" + ageBand.name());
        }
        if (residence != null) {
            more.add("residence=" + residence.name());
        }
        if (criterion != null) {
            // a code, never free text: the log keeps nothing a user typed
            more.add("criterion=" + (criterion.matches("[A-Z0-9_]{1,40}") ? criterion : "unknown"));
        }
        if (exit != null) {
            more.add("exit=" + exit.name());
        }
        return more.toString();
    }
}
