package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;

import fr.nanterre.insertion.partners.OutcomeCategory;
import org.junit.jupiter.api.Test;

class ExitOutcomeTest {

    @Test
    void jobsOfSixMonthsOrMoreAndBusinessCreationAreDurable() {
        assertThat(Arrays.stream(ExitOutcome.values()).filter(o -> o.category() == OutcomeCategory.DURABLE_JOB))
                .containsExactly(ExitOutcome.CDI, ExitOutcome.CDD_6_MONTHS_OR_MORE,
                        ExitOutcome.TEMPORARY_WORK_6_MONTHS_OR_MORE, ExitOutcome.BUSINESS_CREATION);
    }

    @Test
    void shorterJobsAndSubsidisedContractsAreTransitionJobs() {
        assertThat(Arrays.stream(ExitOutcome.values()).filter(o -> o.category() == OutcomeCategory.TRANSITION_JOB))
                .containsExactly(ExitOutcome.CDD_UNDER_6_MONTHS, ExitOutcome.TEMPORARY_WORK_UNDER_6_MONTHS,
                        ExitOutcome.SUBSIDISED_CONTRACT);
    }

    @Test
    void qualifyingTrainingAndAHireByAnSiaeArePositiveExits() {
        assertThat(Arrays.stream(ExitOutcome.values()).filter(o -> o.category() == OutcomeCategory.POSITIVE_EXIT))
                .containsExactly(ExitOutcome.QUALIFYING_TRAINING, ExitOutcome.SIAE_HIRE);
    }

    @Test
    void anExitStoresTheCategoryOfItsOutcomeAndNoOther() {
        PathwayExit exit = PathwayExit.of(LocalDate.of(2026, 6, 30), ExitOutcome.CDD_UNDER_6_MONTHS);
        assertThat(exit.category()).isEqualTo(OutcomeCategory.TRANSITION_JOB);
        assertThatIllegalArgumentException().isThrownBy(() ->
                new PathwayExit(LocalDate.of(2026, 6, 30), ExitOutcome.CDI, OutcomeCategory.OTHER));
    }
}
