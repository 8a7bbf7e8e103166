package fr.nanterre.insertion.partners.participant;

import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of participants to.
 *
 * @param text                  part of the last or first name, any case, with or without accents; blank for all
 * @param qpvResident           true or false for QPV residents or the others, null for all
 * @param referringOrganisation one organisation, or null for all
 * @param eligibleToday         only those eligible today (see {@link EligibilityRule})
 */
public record ParticipantFilter(@Nullable String text, @Nullable Boolean qpvResident,
                                @Nullable ReferringOrganisation referringOrganisation, boolean eligibleToday) {

    public static final ParticipantFilter ALL = new ParticipantFilter(null, null, null, false);

    public static ParticipantFilter named(String text) {
        return new ParticipantFilter(text, null, null, false);
    }

    /**
     * The filters as the audit log keeps them: whether a name was searched, never the name itself (it would put an
     * identity in a log that administrators read), and the other filters.
     */
    public String auditDetail() {
        return "name searched=" + (text != null && !text.isBlank() ? "yes" : "no") + "; qpv="
                + (qpvResident == null ? "all" : qpvResident) + "; organisation="
                + (referringOrganisation == null ? "all" : referringOrganisation.name()) + "; eligible today="
                + eligibleToday;
    }
}
