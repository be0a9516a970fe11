package dev.meridian.notifications.internal;

import dev.meridian.identity.Users;
import dev.meridian.platform.PipelineLeader;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the queued emails that are due, on a thread of its own (never in a user's request). Only the server that
 * {@link PipelineLeader#ofEmails leads the emails} sends, and each email is taken from the queue before it is sent, so none goes twice;
 * one that fails is tried again later, and given up after the last try with its error kept.
 */
@Component
class EmailSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
    private static final int BATCH = 20;
    private static final int ERROR_LENGTH = 1000;

    private final MailQueue queue;
    private final MailDelivery delivery;
    private final NotificationStore store;
    private final Users users;
    private final PipelineLeader leader;
    private final MailProperties mail;
    private final EmailComposer composer;
    private ScheduledExecutorService thread;

    EmailSender(MailQueue queue, MailDelivery delivery, NotificationStore store, Users users, DataSource dataSource, Clock clock,
            MailProperties mail) {
        this.queue = queue;
        this.delivery = delivery;
        this.store = store;
        this.users = users;
        this.leader = PipelineLeader.ofEmails(dataSource, clock);
        this.mail = mail;
        this.composer = new EmailComposer(mail);
    }

    @Override
    public synchronized void start() {
        if (mail.delivery() == MailProperties.Delivery.OFF) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "email-sender");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::sendDue, mail.intervalMs(), mail.intervalMs(), TimeUnit.MILLISECONDS);
    }

    private void sendDue() {
        if (!leader.leads()) {
            return;
        }
        try {
            while (sendBatch() == BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("Emails could not be sent; trying again: {}", e.toString());
        }
    }

    private int sendBatch() {
        var taken = queue.takeDue(BATCH);
        taken.forEach(this::send);
        return taken.size();
    }

    private void send(MailQueue.Taken email) {
        var to = users.findActive(email.recipientId());
        var told = store.byIds(email.recipientId(), email.notificationIds());
        if (to.isEmpty() || told.isEmpty()) {
            queue.giveUp(email.id(), to.isEmpty() ? "The account is deactivated" : "Its notifications are gone");
            return;
        }
        try {
            delivery.deliver(composer.compose(email.id(), to.get(), email.issueKey(), told));
            queue.sent(email.id());
        } catch (Exception e) {
            var error = describe(e);
            log.warn("Email {} to user {} failed (try {} of {}): {}", email.id(), email.recipientId(), email.attempts(),
                    mail.maxAttempts(), error);
            queue.failed(email, error);
        }
    }

    /** The error and its causes, as a person reading the queue would want them. */
    private static String describe(Throwable e) {
        var text = new StringBuilder(e.toString());
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" ← ").append(cause);
        }
        return text.length() <= ERROR_LENGTH ? text.toString() : text.substring(0, ERROR_LENGTH - 1) + "…";
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
        leader.close();
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
