package fr.nanterre.insertion.partners.participant;

import static fr.nanterre.insertion.partners.participant.Fixtures.person;
import static fr.nanterre.insertion.partners.participant.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.ParticipantExited;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.participant.PathwayChange.Kind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(username = "c.facilitatrice", roles = {"PARTNERS", "FACILITATOR"})
class PathwayFollowUpTest {

    static final LocalDate ENTRY = LocalDate.of(2026, 1, 5);

    @Autowired
    PathwayFollowUp followUp;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    StructureDirectory structures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void exitingAPathwayPublishesParticipantExitedWithTheOutcomeCategory(Scenario scenario) {
        Participant participant = directory.enrol(person("Sortie " + tag(), "Karim"));
        Pathway pathway = followUp.open(participant.id(), new NewPathway(ENTRY, null));

        scenario.stimulate(() -> followUp.exit(pathway,
                new NewExit(LocalDate.of(2026, 6, 30), ExitOutcome.TEMPORARY_WORK_6_MONTHS_OR_MORE)))
                .andWaitForEventOfType(ParticipantExited.class)
                .matching(event -> event.pathwayId().equals(pathway.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.participantId()).isEqualTo(participant.id());
                    assertThat(event.exitDate()).isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(event.outcomeCategory()).isEqualTo(OutcomeCategory.DURABLE_JOB);
                });
    }

    @Test
    void theExitIsStoredWithItsOutcomeAndCategory(Scenario scenario) {
        Participant participant = directory.enrol(person("Catégorie " + tag(), "Lina"));
        Pathway pathway = followUp.open(participant.id(), new NewPathway(ENTRY, null));

        scenario.stimulate(() -> followUp.exit(pathway,
                new NewExit(LocalDate.of(2026, 3, 31), ExitOutcome.QUALIFYING_TRAINING)))
                .andWaitForStateChange(() -> storedExitOf(pathway.id()), exit -> !exit.isEmpty())
                .andVerify(exit -> assertThat(exit).containsExactly("2026-03-31 QUALIFYING_TRAINING POSITIVE_EXIT"));
    }

    @Test
    void everyChangeToAPathwayIsKeptInItsHistoryWithWhoAndWhen() {
        Structure structure = structures.register(StructureDetails.of("ACI Les Jardins " + tag(), StructureKind.ACI,
                "%014d".formatted(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000_000_000L))));
        Participant participant = directory.enrol(person("Historique " + tag(), "Yanis"));
        Pathway pathway = followUp.open(participant.id(),
                new NewPathway(ENTRY, new StructureChoice(structure.id(), structure.name())));
        pathway = followUp.addStep(pathway, new StepDetails(StepType.TRAINING,
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 27), "CACES R482"));
        UUID training = pathway.steps().getFirst().id();
        pathway = followUp.addStep(pathway,
                new StepDetails(StepType.CLAUSE_WORK, LocalDate.of(2026, 4, 1), null, null));
        pathway = followUp.changeStep(pathway, training, new StepDetails(StepType.TRAINING,
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 31), "CACES R482 obtenu"));
        UUID clauseWork = pathway.steps().get(1).id();
        pathway = followUp.removeStep(pathway, clauseWork);
        pathway = followUp.exit(pathway, new NewExit(LocalDate.of(2026, 5, 15), ExitOutcome.CDI));

        assertThat(followUp.history(pathway.id())).extracting(PathwayChange::kind).containsExactly(
                Kind.OPENED, Kind.STEP_ADDED, Kind.STEP_ADDED, Kind.STEP_CHANGED, Kind.STEP_REMOVED, Kind.EXITED);
        assertThat(followUp.history(pathway.id())).allMatch(change -> change.changedBy().equals("c.facilitatrice"));
        PathwayChange changed = followUp.history(pathway.id()).get(3);
        assertThat(changed.stepType()).isEqualTo(StepType.TRAINING);
        assertThat(changed.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(followUp.history(pathway.id()).getLast().outcome()).isEqualTo(ExitOutcome.CDI);

        Pathway stored = followUp.pathwaysOf(participant.id()).getFirst();
        assertThat(stored.structureId()).isEqualTo(structure.id());
        assertThat(followUp.structure(structure.id())).contains(new StructureChoice(structure.id(), structure.name()));
        assertThat(stored.steps()).extracting(PathwayStep::note).containsExactly("CACES R482 obtenu");
        assertThat(auditActionsOf(participant.id())).containsExactly("ENROLLED", "PATHWAY_OPENED",
                "PATHWAY_CHANGED", "PATHWAY_CHANGED", "PATHWAY_CHANGED", "PATHWAY_CHANGED", "PATHWAY_EXITED");
    }

    @Test
    void aParticipantHasOneOpenPathwayAtATimeAndAnExitedPathwayIsClosed() {
        Participant participant = directory.enrol(person("Unique " + tag(), "Sofia"));
        Pathway first = followUp.open(participant.id(), new NewPathway(ENTRY, null));
        assertThatIllegalStateException().isThrownBy(() ->
                followUp.open(participant.id(), new NewPathway(ENTRY.plusDays(1), null)));

        Pathway exited = followUp.exit(first, new NewExit(LocalDate.of(2026, 2, 28), ExitOutcome.DROPPED_OUT));
        assertThatIllegalStateException().isThrownBy(() -> followUp.addStep(exited,
                new StepDetails(StepType.JOB, LocalDate.of(2026, 3, 1), null, null)));

        followUp.open(participant.id(), new NewPathway(LocalDate.of(2026, 9, 1), null));
        assertThat(followUp.pathwaysOf(participant.id())).extracting(Pathway::isOpen).containsExactly(true, false);
    }

    @Test
    void aChangeFromAnOlderVersionOfThePathwayIsRefused() {
        Participant participant = directory.enrol(person("Version " + tag(), "Hugo"));
        Pathway pathway = followUp.open(participant.id(), new NewPathway(ENTRY, null));
        followUp.addStep(pathway, new StepDetails(StepType.JOB, LocalDate.of(2026, 2, 1), null, null));

        assertThatThrownBy(() -> followUp.exit(pathway, new NewExit(LocalDate.of(2026, 2, 28), ExitOutcome.CDI)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(followUp.pathwaysOf(participant.id()).getFirst().isOpen()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "PROCUREMENT", "ADMIN"})
    void otherRolesNeitherReadNorChangePathways() {
        assertThatThrownBy(() -> followUp.pathwaysOf(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUp.open(UUID.randomUUID(), new NewPathway(ENTRY, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> storedExitOf(UUID pathwayId) {
        return jdbc.sql("select exit_date || ' ' || exit_outcome || ' ' || exit_category from partners.pathway "
                        + "where id = ? and exit_date is not null")
                .param(pathwayId).query(String.class).list();
    }

    private List<String> auditActionsOf(UUID participantId) {
        return jdbc.sql("select action from partners.audit_log where participant_id = ? order by id")
                .param(participantId).query(String.class).list();
    }
}
