package fr.nanterre.insertion.facilitation.company;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The companies' portal settings ({@code insertion.portal.*}).
 *
 * @param baseUrl      the application's address as the companies reach it, which the e-mailed links start with
 * @param mailFrom     the sender of the portal's e-mails
 * @param reminderDay  from this day of the month on, a company whose statement for last month is missing is listed
 *                     on the facilitator's home and reminded by e-mail
 * @param linkValidity how long a link to set a password works
 */
@ConfigurationProperties("insertion.portal")
public record PortalSettings(@DefaultValue("http://localhost:8080") String baseUrl,
                             @DefaultValue("insertion@localhost") String mailFrom,
                             @DefaultValue("5") int reminderDay,
                             @DefaultValue("72h") Duration linkValidity) {

    public PortalSettings {
        if (reminderDay < 1 || reminderDay > 28) {
            throw new IllegalArgumentException("insertion.portal.reminder-day is between 1 and 28, not " + reminderDay);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The address of the page that sets a password with this token. */
    public String passwordLink(String token) {
        return baseUrl + "/mot-de-passe?jeton=" + token;
    }
}
