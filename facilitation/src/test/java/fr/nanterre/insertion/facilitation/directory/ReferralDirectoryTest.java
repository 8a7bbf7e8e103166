package fr.nanterre.insertion.facilitation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.StructureRegistered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = "FACILITATOR")
class ReferralDirectoryTest {

    @Autowired
    ReferralDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStructureRegisteredInPartnersAppearsInTheFacilitatorsDirectory(Scenario scenario) {
        UUID id = UUID.randomUUID();
        scenario.publish(new StructureRegistered(id, "Atelier Chantier d'Insertion Les Écluses", StructureKind.ACI,
                        "44444444200018"))
                .andWaitForStateChange(() -> entriesFor(id), count -> count > 0)
                .andVerify(count -> {
                    assertThat(directory.count("ecluses")).isEqualTo(1);
                    ReferralStructure entry = directory.find("écluses", Pageable.ofSize(10)).getFirst();
                    assertThat(entry.structureId()).isEqualTo(id);
                    assertThat(entry.kind()).isEqualTo(StructureKind.ACI);
                    assertThat(entry.siret()).isEqualTo("44444444200018");
                });
    }

    @Test
    void theEventGoesThroughTheJdbcPublicationRegistryAndIsMarkedCompleted(Scenario scenario) {
        UUID id = UUID.randomUUID();
        scenario.publish(new StructureRegistered(id, "EI Registre", StructureKind.EI, "55210055400013"))
                .andWaitForStateChange(() -> completedPublicationsOf(id), completed -> completed > 0)
                .andVerify(completed -> assertThat(completed).isEqualTo(1));
    }

    /** The registry may deliver an event again: both deliveries succeed, and the directory keeps one entry. */
    @Test
    void receivingTheSameEventTwiceKeepsOneEntry(Scenario scenario) {
        StructureRegistered event = new StructureRegistered(UUID.randomUUID(), "AI Doublon", StructureKind.AI,
                "73282932000074");
        for (long delivery = 1; delivery <= 2; delivery++) {
            long delivered = delivery;
            scenario.publish(event)
                    .andWaitForStateChange(() -> completedPublicationsOf(event.structureId()), n -> n == delivered)
                    .andVerify(n -> assertThat(entriesFor(event.structureId())).isEqualTo(1));
        }
    }

    /** Read directly: the scenario polls from another thread, which carries no logged-in user. */
    private long entriesFor(UUID structureId) {
        return jdbc.sql("select count(*) from facilitation.referral_structure where structure_id = ?")
                .param(structureId).query(Long.class).single();
    }

    private long completedPublicationsOf(UUID structureId) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like :id and completion_date is not null""")
                .param("id", "%" + structureId + "%")
                .query(Long.class).single();
    }
}
