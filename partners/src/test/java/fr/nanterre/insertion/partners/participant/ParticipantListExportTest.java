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
        assertThat(jdbc.sql("select detail from partners.audit_log where username = 'l.export' and action = "
                + "'LIST_EXPORTED' order by id").query(String.class).list()).as("the searched name is never kept")
                .containsExactly("name searched=yes; qpv=all; organisation=all; eligible today=false; rows=3",
                        "name searched=yes; qpv=all; organisation=all; eligible today=false; rows=1")
                .noneMatch(detail -> detail.toLowerCase(java.util.Locale.ROOT).contains("export"));
    }

    @Test
    void eachPageOfTheListIsAuditedWithItsFiltersAndRowCountButNotTheSearchedName() {
        directory.enrol(new ParticipantDetails("Listéd", "Awa", LocalDate.of(1990, 1, 1), Sex.FEMALE, null, "92000",
                "Nanterre", "92050", true, true, null, ReferringOrganisation.PLIE));

        assertThat(directory.find(new ParticipantFilter("listed", true, null, false),
                org.springframework.data.domain.PageRequest.of(0, 50))).hasSize(1);

        assertThat(jdbc.sql("select detail from partners.audit_log where username = 'l.export' and action = "
                + "'LIST_SHOWN' order by id desc limit 1").query(String.class).single())
                .isEqualTo("name searched=yes; qpv=true; organisation=all; eligible today=false; rows=1; page=0");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorCannotExportIdentities() {
        assertThatThrownBy(() -> directory.export(ParticipantFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
