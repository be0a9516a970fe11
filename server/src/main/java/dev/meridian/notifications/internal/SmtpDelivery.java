package dev.meridian.notifications.internal;

import jakarta.mail.MessagingException;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends through an SMTP server (Amazon SES through its SMTP interface, too) with Jakarta Mail. */
final class SmtpDelivery implements MailDelivery {

    private static final String TIMEOUT_MS = "30000";

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String from;

    SmtpDelivery(MailProperties.Smtp smtp, String from) {
        if (smtp.host().isBlank()) {
            throw new IllegalStateException("MERIDIAN_MAIL=smtp needs MERIDIAN_SMTP_HOST, the SMTP server to send email through");
        }
        this.from = from;
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding("UTF-8");
        var props = new Properties();
        if (!smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
            props.put("mail.smtp.auth", "true");
        }
        props.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        sender.setJavaMailProperties(props);
    }

    @Override
    public void deliver(Email email) throws MessagingException {
        sender.send(MailDelivery.message(sender.getSession(), from, email));
    }
}
