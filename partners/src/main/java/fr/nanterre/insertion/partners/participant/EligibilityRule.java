package fr.nanterre.insertion.partners.participant;

import static java.util.Comparator.comparing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.EligibilitySnapshot.MetCriterion;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is eligible on a date (docs/decisions/0009): at least one level-1 criterion valid on that date, or at least
 * {@code levelTwoCriteriaRequired} different level-2 criteria valid on it.
 *
 * @param levelTwoCriteriaRequired {@code insertion.eligibility.level-two-criteria-required}, 2 by default
 */
@ConfigurationProperties("insertion.eligibility")
public record EligibilityRule(@DefaultValue("2") int levelTwoCriteriaRequired) {

    public static final int LEVEL_ONE = 1;
    public static final int LEVEL_TWO = 2;

    public EligibilityRule {
        if (levelTwoCriteriaRequired < 1) {
            throw new IllegalArgumentException("insertion.eligibility.level-two-criteria-required is at least 1");
        }
    }

    /** @param reference the eligibility criteria by code */
    public EligibilitySnapshot assess(UUID participantId, LocalDate date, Collection<RecordedCriterion> recorded,
                                      Map<String, EligibilityCriterion> reference) {
        // A criterion proved twice (a renewed RSA certificate) counts once, with its latest proof.
        BinaryOperator<RecordedCriterion> latest = (a, b) -> a.validUntil().isAfter(b.validUntil()) ? a : b;
        List<MetCriterion> met = recorded.stream()
                .filter(criterion -> criterion.validOn(date))
                .collect(Collectors.toMap(RecordedCriterion::criterionCode, criterion -> criterion, latest))
                .values().stream()
                .map(criterion -> new MetCriterion(criterion.criterionCode(),
                        reference.get(criterion.criterionCode()).level(), criterion.proofDate(),
                        criterion.validUntil()))
                .sorted(comparing(MetCriterion::level).thenComparing(MetCriterion::code))
                .toList();
        long levelOne = met.stream().filter(criterion -> criterion.level() == LEVEL_ONE).count();
        long levelTwo = met.stream().filter(criterion -> criterion.level() == LEVEL_TWO).count();
        return new EligibilitySnapshot(participantId, date, levelOne >= 1 || levelTwo >= levelTwoCriteriaRequired, met);
    }
}
