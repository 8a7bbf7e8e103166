package fr.nanterre.insertion.partners.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import fr.nanterre.insertion.partners.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(username = "l.export", roles = "PARTNERS")
class ParticipantListExportTest {

    @Autowired
    ParticipantDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void exportingTheListGivesEveryParticipantTheFilterKeepsAndIsAudited() {
        for (String name : new String[] {"Exportéa", "Exportéb", "Exportéc"}) {
            directory.enrol(new ParticipantDetails(name, "Awa", LocalDate.of(1990, 1, 1), Sex.FEMALE, null, "92000",
                    "Nanterre", "92050", true, true, null, ReferringOrganisation.PLIE));
        }
        ParticipantFilter filter = new ParticipantFilter("exportea", null, null, false);

        assertThat(directory.export(new ParticipantFilter("exporte", null, null, false)))
                .extracting(ParticipantRow::lastName).containsExactly("Exportéa", "Exportéb", "Exportéc");
        assertThat(directory.export(filter)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from partners.audit_log where username = 'l.export' and action = 'LIST_EXPORTED'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorCannotExportIdentities() {
        assertThatThrownBy(() -> directory.export(ParticipantFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
