package dev.meridian.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Where emails go ({@code MERIDIAN_MAIL}): an SMTP server or a folder. A failure is thrown, to be tried again later. */
interface MailDelivery {

    void deliver(Email email) throws MessagingException, MailException, java.io.IOException;

    /** The email as a MIME message: plain text with an HTML alternative, marked as sent by a machine. */
    static MimeMessage message(Session session, String from, Email email) throws MessagingException {
        var message = new MimeMessage(session != null ? session : Session.getInstance(new Properties()));
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
