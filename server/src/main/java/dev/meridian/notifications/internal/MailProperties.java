package dev.meridian.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email notifications. Each setting is read from the environment variable named here (the mapping is in application.yml).
 *
 * @param delivery       {@code MERIDIAN_MAIL} ({@code folder}): {@code folder} writes each email as an {@code .eml} file
 *                       under {@code $MERIDIAN_DATA_DIR/mail/}; {@code smtp} sends through {@link Smtp}; {@code off}
 *                       queues none
 * @param from           {@code MERIDIAN_MAIL_FROM} ({@code Meridian <meridian@localhost>}): the sender of every email
 * @param baseUrl        {@code MERIDIAN_BASE_URL} ({@code http://localhost:$SERVER_PORT}): where the links in emails point
 * @param batchSeconds   {@code MERIDIAN_MAIL_BATCH_SECONDS} (60): a person's notifications about one issue within this
 *                       long of the first go in one email
 * @param maxAttempts    {@code MERIDIAN_MAIL_MAX_ATTEMPTS} (8): tries before an email is given up (its error kept)
 * @param retrySeconds   {@code MERIDIAN_MAIL_RETRY_SECONDS} (30): the wait after the first failed try, doubled after each
 *                       next one (at most an hour)
 * @param intervalMs     how often the sender looks for due emails (1000)
 * @param smtp           the SMTP server, with {@code MERIDIAN_MAIL=smtp}
 */
@ConfigurationProperties("meridian.mail")
record MailProperties(
        @DefaultValue("folder") Delivery delivery,
        @DefaultValue("Meridian <meridian@localhost>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("60") int batchSeconds,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30") int retrySeconds,
        @DefaultValue("1000") long intervalMs,
        @DefaultValue Smtp smtp) {

    enum Delivery { FOLDER, SMTP, OFF }

    /**
     * Any SMTP server; Amazon SES through its SMTP interface ({@code email-smtp.<region>.amazonaws.com}, port 587,
     * STARTTLS, its SMTP credentials).
     *
     * @param host     {@code MERIDIAN_SMTP_HOST}: required with {@code MERIDIAN_MAIL=smtp}
     * @param port     {@code MERIDIAN_SMTP_PORT} (587)
     * @param username {@code MERIDIAN_SMTP_USERNAME}: empty for a server without login
     * @param password {@code MERIDIAN_SMTP_PASSWORD}
     * @param starttls {@code MERIDIAN_SMTP_STARTTLS} (true): refuse a server that cannot switch to TLS
     */
    record Smtp(@DefaultValue("") String host, @DefaultValue("587") int port, @DefaultValue("") String username,
            @DefaultValue("") String password, @DefaultValue("true") boolean starttls) {
    }

    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
