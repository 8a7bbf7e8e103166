package fr.nanterre.insertion.partners.participant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long identities are kept (docs/decisions/0010).
 *
 * @param retentionYears {@code insertion.participants.retention-years}: a participant is anonymised this many years
 *                       after the last activity in any module: the exit from their last pathway (or enrolment, with
 *                       no pathway), or the last placement, hours or referral in facilitation; 2 by default, as the
 *                       CNIL advises for social follow-up
 */
@ConfigurationProperties("insertion.participants")
public record RetentionPolicy(@DefaultValue("2") int retentionYears) {

    public RetentionPolicy {
        if (retentionYears < 1) {
            throw new IllegalArgumentException("insertion.participants.retention-years is at least 1");
        }
    }
}
