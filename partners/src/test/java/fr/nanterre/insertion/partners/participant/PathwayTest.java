package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PathwayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Pathway pathway = Pathway.open(UUID.randomUUID(), LocalDate.of(2026, 1, 5), null, TODAY);

    @Test
    void stepsStartOnOrAfterTheEntryAndEndOnOrAfterTheyStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> pathway.addStep(
                new StepDetails(StepType.TRAINING, LocalDate.of(2026, 1, 4), null, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> pathway.addStep(
                new StepDetails(StepType.TRAINING, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null)));
        pathway.addStep(new StepDetails(StepType.JOB, LocalDate.of(2026, 3, 1), null, "  "));
        pathway.addStep(new StepDetails(StepType.TRAINING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27), null));

        assertThat(pathway.steps()).extracting(PathwayStep::type).containsExactly(StepType.TRAINING, StepType.JOB);
        assertThat(pathway.steps().get(1).note()).isNull();
    }

    @Test
    void anExitIsDatedBetweenTheEntryAndTodayAndClosesThePathway() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                pathway.exit(new NewExit(LocalDate.of(2026, 1, 4), ExitOutcome.CDI), TODAY));
        assertThatIllegalArgumentException().isThrownBy(() ->
                pathway.exit(new NewExit(TODAY.plusDays(1), ExitOutcome.CDI), TODAY));

        pathway.exit(new NewExit(LocalDate.of(2026, 9, 30), ExitOutcome.SIAE_HIRE), TODAY);

        assertThat(pathway.isOpen()).isFalse();
        assertThatIllegalStateException().isThrownBy(() ->
                pathway.addStep(new StepDetails(StepType.JOB, LocalDate.of(2026, 10, 1), null, null)));
        assertThatIllegalStateException().isThrownBy(() ->
                pathway.exit(new NewExit(LocalDate.of(2026, 10, 30), ExitOutcome.CDI), TODAY));
    }

    @Test
    void aPathwayCannotBeEnteredInTheFuture() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                Pathway.open(UUID.randomUUID(), TODAY.plusDays(1), null, TODAY));
    }
}
