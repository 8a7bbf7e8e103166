package fr.nanterre.insertion.facilitation.company;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
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
    /** E-mails sent through one connection. */
    private static final int BATCH = 200;
    /** Connections to the SMTP server at once. */
    private static final int CONNECTIONS = 4;

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

    /** One e-mail of a kind, to these addresses, in that language. */
    public record Mail(List<String> to, Locale language, String kind, List<Object> parameters) {
    }

    /**
     * Sends one e-mail of this kind to each address, in that language.
     *
     * @return whether it was handed to the SMTP server; false with no server configured, or when it refused it
     */
    public boolean send(Collection<String> to, Locale language, String kind, Object... parameters) {
        return sendAll(List.of(new Mail(List.copyOf(to), language, kind, List.of(parameters)))) == 1;
    }

    /**
     * Sends these e-mails through one connection to the SMTP server (thousands of reminders in seconds).
     *
     * @return how many the server took; 0 with no server configured
     */
    public int sendAll(List<Mail> mails) {
        JavaMailSender mail = sender.getIfAvailable();
        List<Mail> addressed = mails.stream().filter(m -> !m.to().isEmpty()).toList();
        if (mail == null || addressed.isEmpty()) {
            return 0;
        }
        List<SimpleMailMessage> messages = addressed.stream().map(this::message).toList();
        // a few connections at once, each sending its share: the SMTP round trips, not the database, take the time
        List<List<SimpleMailMessage>> shares = new java.util.ArrayList<>();
        for (int from = 0; from < messages.size(); from += BATCH) {
            shares.add(messages.subList(from, Math.min(messages.size(), from + BATCH)));
        }
        if (shares.size() == 1) {
            return send(mail, shares.getFirst());
        }
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(CONNECTIONS,
                Thread.ofVirtual().name("mail-", 0).factory())) {
            List<java.util.concurrent.Future<Integer>> sent = shares.stream()
                    .map(share -> threads.submit(() -> send(mail, share))).toList();
            int total = 0;
            for (java.util.concurrent.Future<Integer> share : sent) {
                total += share.get();
            }
            return total;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException failed) {
            LOG.warn("E-mails were not sent: {}", failed.getCause().getMessage());
            return 0;
        }
    }

    private static int send(JavaMailSender mail, List<SimpleMailMessage> messages) {
        try {
            mail.send(messages.toArray(SimpleMailMessage[]::new));
            return messages.size();
        } catch (MailSendException partly) {
            LOG.warn("{} of {} e-mails were not sent: {}", partly.getFailedMessages().size(), messages.size(),
                    partly.getMessage());
            return messages.size() - partly.getFailedMessages().size();
        } catch (MailException refused) {
            LOG.warn("{} e-mails were not sent: {}", messages.size(), refused.getMessage());
            return 0;
        }
    }

    private SimpleMailMessage message(Mail mail) {
        Object[] parameters = mail.parameters().toArray();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(mail.to().toArray(String[]::new));
        message.setSubject(texts.getMessage("facilitation.mail." + mail.kind() + ".subject", parameters,
                mail.language()));
        message.setText(texts.getMessage("facilitation.mail." + mail.kind() + ".body", parameters, mail.language()));
        return message;
    }
}
