package fr.nanterre.insertion.partners.participant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long identities are kept (docs/decisions/0010).
 *
 * @param retentionYears {@code insertion.participants.retention-years}: a participant is anonymised this many years
 *                       after the exit from their last pathway (or after enrolment, with no pathway); 5 by default
 */
@ConfigurationProperties("insertion.participants")
public record RetentionPolicy(@DefaultValue("5") int retentionYears) {

    public RetentionPolicy {
        if (retentionYears < 1) {
            throw new IllegalArgumentException("insertion.participants.retention-years is at least 1");
        }
    }
}
