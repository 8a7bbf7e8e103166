package fr.nanterre.insertion.partners;

import java.util.List;
import java.util.UUID;

import fr.nanterre.platform.report.ReportTable;

/**
 * What another module keeps about a participant, for the right of access (GDPR art. 15): partners' extract gathers
 * every implementation, so that the person receives one file with everything the City holds. Partners owns the type
 * and the downstream module implements it (facilitation: placements, hours, referrals, eligibility snapshots); the
 * dependency stays one way. Called inside partners' extract, whose role check (PARTNERS, FACILITATOR) and audit line
 * cover it.
 */
public interface PersonalDataSource {

    /**
     * @return tables whose title and headers are translation keys, and whose rows are the values (text, numbers,
     * dates); none when the module holds nothing about the person
     */
    List<ReportTable> personalData(UUID participantId);
}
