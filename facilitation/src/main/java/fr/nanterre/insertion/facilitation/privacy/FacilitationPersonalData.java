package fr.nanterre.insertion.facilitation.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.PersonalDataSource;
import fr.nanterre.platform.report.ReportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the right of access: what facilitation keeps about a participant (placements, the eligibility snapshot taken
 * at each start, the hours month by month, the referrals), given to partners' extract through
 * {@link PersonalDataSource}. Titles and headers are keys of facilitation's messages.
 */
@Component
class FacilitationPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    FacilitationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportTable> personalData(UUID participantId) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("facilitation.access.placements", List.of("facilitation.access.employer",
                "facilitation.access.start", "facilitation.access.end", "facilitation.access.eligible",
                "facilitation.access.justification"), rows("""
                select employer_name, start_date, end_date, eligible_at_start, exception_justification
                from facilitation.placement where participant_id = :participant order by start_date""",
                participantId, 5)));
        tables.add(new ReportTable("facilitation.access.snapshots", List.of("facilitation.access.start",
                "facilitation.access.criterion", "facilitation.access.level", "facilitation.access.proof-date",
                "facilitation.access.valid-until"), rows("""
                select p.start_date, c.code, c.level, c.proof_date, c.valid_until
                from facilitation.placement_criterion c join facilitation.placement p on p.id = c.placement_id
                where p.participant_id = :participant order by p.start_date, c.position""", participantId, 5)));
        tables.add(new ReportTable("facilitation.access.hours", List.of("facilitation.access.employer",
                "facilitation.access.month", "facilitation.access.hours-worked"), rows("""
                select p.employer_name, to_char(h.month, 'YYYY-MM'), sum(h.hours)
                from facilitation.hours_entry h join facilitation.placement p on p.id = h.placement_id
                where p.participant_id = :participant group by p.employer_name, h.month
                order by h.month, p.employer_name""", participantId, 3)));
        tables.add(new ReportTable("facilitation.access.referrals", List.of("facilitation.access.offer",
                "facilitation.access.status", "facilitation.access.referred-on", "facilitation.access.decided-on",
                "facilitation.access.reason"), rows("""
                select o.post_title || ' (' || o.contract_reference || ')', r.status, r.referred_on, r.decided_on, r.reason
                from facilitation.referral r join facilitation.job_offer o on o.id = r.offer_id
                where r.participant_id = :participant order by r.referred_on""", participantId, 5)));
        return tables;
    }

    private List<List<?>> rows(String sql, UUID participantId, int columns) {
        return jdbc.sql(sql).param("participant", participantId).<List<?>>query((row, n) -> {
            Object[] values = new Object[columns];
            for (int i = 0; i < columns; i++) {
                Object value = row.getObject(i + 1);
                values[i] = value instanceof java.sql.Date date ? date.toLocalDate() : value;
            }
            return Arrays.asList(values);
        }).list();
    }
}
