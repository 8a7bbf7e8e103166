package fr.nanterre.insertion.partners.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A criterion of the eligible publics (RSA, RQTH, QPV resident…), as seeded by the migrations: its level, the proof
 * that is checked, and how long that proof stays valid.
 */
@Table(schema = "partners", name = "eligibility_criterion")
public record EligibilityCriterion(@Id String code, int level, String labelFr, String labelEn, String proofFr,
                                   String proofEn, int validityDays, int displayOrder) {

    public String label(Locale locale) {
        return english(locale) ? labelEn : labelFr;
    }

    public String proof(Locale locale) {
        return english(locale) ? proofEn : proofFr;
    }

    /** The last day on which a proof checked on {@code proofDate} is valid: the day of the check counts as one. */
    public LocalDate validUntil(LocalDate proofDate) {
        return proofDate.plusDays(validityDays - 1L);
    }

    RecordedCriterion record(String proofChecked, LocalDate proofDate, String recordedBy, Instant recordedAt) {
        return new RecordedCriterion(UUID.randomUUID(), code, proofChecked.strip(), proofDate, validUntil(proofDate),
                recordedBy, recordedAt);
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
