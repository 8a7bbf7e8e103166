package fr.nanterre.insertion.facilitation.company;

import java.util.Collection;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The portal's e-mails, written in the recipient's language from the module's texts
 * ({@code facilitation.mail.<kind>.subject} and {@code .body}), sent through the SMTP server {@code spring.mail.*}
 * names. With no server configured ({@code spring.mail.host} unset) nothing is sent, and {@link #configured()}
 * says so for the screens.
 */
@Component
public class CompanyMail {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PortalSettings settings;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    CompanyMail(ObjectProvider<JavaMailSender> sender, PortalSettings settings) {
        this.sender = sender;
        this.settings = settings;
        texts.setBasenames("i18n/facilitation/messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        texts.setDefaultLocale(Locale.FRENCH);
    }

    /** Whether an SMTP server is configured: without one, no e-mail leaves. */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one e-mail of this kind to each address, in that language.
     *
     * @return whether it was handed to the SMTP server; false with no server configured, or when it refused it
     */
    public boolean send(Collection<String> to, Locale language, String kind, Object... parameters) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.isEmpty()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(texts.getMessage("facilitation.mail." + kind + ".subject", parameters, language));
        message.setText(texts.getMessage("facilitation.mail." + kind + ".body", parameters, language));
        try {
            mail.send(message);
            return true;
        } catch (MailException refused) {
            LOG.warn("The {} e-mail to {} was not sent: {}", kind, to, refused.getMessage());
            return false;
        }
    }
}
