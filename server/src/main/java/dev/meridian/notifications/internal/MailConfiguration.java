package dev.meridian.notifications.internal;

import dev.meridian.platform.MeridianProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /** With {@code MERIDIAN_MAIL=off} nothing is queued, so nothing is ever delivered. */
    @Bean
    MailDelivery mailDelivery(MailProperties mail, MeridianProperties meridian) {
        return switch (mail.delivery()) {
            case FOLDER -> new FolderDelivery(meridian.dataDir().resolve("mail"), mail.from());
            case SMTP -> new SmtpDelivery(mail.smtp(), mail.from());
            case OFF -> email -> {
                throw new IllegalStateException("MERIDIAN_MAIL=off sends no email");
            };
        };
    }
}
