package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.EligibilitySnapshot.MetCriterion;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    static final EligibilityCriterion RSA = criterion("RSA", 1, 92);
    static final EligibilityCriterion QPV = criterion("QPV_RESIDENT", 2, 92);
    static final EligibilityCriterion OVER_50 = criterion("OVER_50", 2, 3653);
    static final EligibilityCriterion RQTH = criterion("RQTH", 2, 1826);
    static final Map<String, EligibilityCriterion> REFERENCE = Map.of(RSA.code(), RSA, QPV.code(), QPV,
            OVER_50.code(), OVER_50, RQTH.code(), RQTH);

    private final UUID participant = UUID.randomUUID();
    private final EligibilityRule rule = new EligibilityRule(2);

    @Test
    void aProofIsValidForItsNumberOfDaysCountingTheDayItWasChecked() {
        // 10 January + 92 days, the 10th being the first: 21 days of January, 28, 31, then 11 April
        RecordedCriterion rsa = proved(RSA, LocalDate.of(2026, 1, 10));
        assertThat(rsa.validUntil()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(rsa.validOn(LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(rsa.validOn(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(rsa.validOn(LocalDate.of(2026, 4, 11))).isTrue();
        assertThat(rsa.validOn(LocalDate.of(2026, 4, 12))).isFalse();
    }

    @Test
    void oneValidLevelOneCriterionMakesAParticipantEligibleUntilItsProofExpires() {
        List<RecordedCriterion> recorded = List.of(proved(RSA, LocalDate.of(2026, 1, 10)));

        EligibilitySnapshot lastDay = rule.assess(participant, LocalDate.of(2026, 4, 11), recorded, REFERENCE);
        assertThat(lastDay.eligible()).isTrue();
        assertThat(lastDay.criteria()).containsExactly(
                new MetCriterion("RSA", 1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 11)));

        EligibilitySnapshot dayAfter = rule.assess(participant, LocalDate.of(2026, 4, 12), recorded, REFERENCE);
        assertThat(dayAfter.eligible()).isFalse();
        assertThat(dayAfter.criteria()).isEmpty();
    }

    @Test
    void twoLevelTwoCriteriaAreEnoughButOneIsNot() {
        // QPV proof of address checked on 1 March: 92 days, valid until 31 May
        List<RecordedCriterion> recorded = List.of(proved(QPV, LocalDate.of(2026, 3, 1)),
                proved(OVER_50, LocalDate.of(2026, 2, 1)));

        EligibilitySnapshot both = rule.assess(participant, LocalDate.of(2026, 5, 31), recorded, REFERENCE);
        assertThat(both.eligible()).isTrue();
        assertThat(both.criteria()).extracting(MetCriterion::code).containsExactly("OVER_50", "QPV_RESIDENT");

        EligibilitySnapshot onlyOne = rule.assess(participant, LocalDate.of(2026, 6, 1), recorded, REFERENCE);
        assertThat(onlyOne.eligible()).isFalse();
        assertThat(onlyOne.criteria()).extracting(MetCriterion::code).containsExactly("OVER_50");
    }

    @Test
    void theSameCriterionProvedTwiceCountsOnceWithItsLatestProof() {
        List<RecordedCriterion> recorded = List.of(proved(QPV, LocalDate.of(2026, 3, 1)),
                proved(QPV, LocalDate.of(2026, 4, 1)));

        EligibilitySnapshot snapshot = rule.assess(participant, LocalDate.of(2026, 4, 15), recorded, REFERENCE);
        assertThat(snapshot.eligible()).isFalse();
        assertThat(snapshot.criteria()).containsExactly(
                new MetCriterion("QPV_RESIDENT", 2, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void theNumberOfLevelTwoCriteriaRequiredIsASetting() {
        List<RecordedCriterion> recorded = List.of(proved(QPV, LocalDate.of(2026, 3, 1)),
                proved(OVER_50, LocalDate.of(2026, 2, 1)), proved(RQTH, LocalDate.of(2025, 6, 30)));
        LocalDate date = LocalDate.of(2026, 4, 1);

        assertThat(new EligibilityRule(3).assess(participant, date, recorded, REFERENCE).eligible()).isTrue();
        assertThat(new EligibilityRule(3).assess(participant, date, recorded.subList(0, 2), REFERENCE).eligible())
                .isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityRule(0));
    }

    @Test
    void levelOneCriteriaAreListedFirst() {
        List<RecordedCriterion> recorded = List.of(proved(QPV, LocalDate.of(2026, 3, 1)),
                proved(RSA, LocalDate.of(2026, 3, 2)));
        assertThat(rule.assess(participant, LocalDate.of(2026, 3, 15), recorded, REFERENCE).criteria())
                .extracting(MetCriterion::code).containsExactly("RSA", "QPV_RESIDENT");
    }

    static EligibilityCriterion criterion(String code, int level, int validityDays) {
        return new EligibilityCriterion(code, level, code, code, "proof", "proof", validityDays, 0);
    }

    static RecordedCriterion proved(EligibilityCriterion criterion, LocalDate proofDate) {
        return criterion.record("certificate", proofDate, "m.dupont", Instant.parse("2026-01-01T09:00:00Z"));
    }
}
