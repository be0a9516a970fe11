package dev.meridian.notifications.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Emails waiting to be sent, in PostgreSQL, timed by the database's clock. A person's notifications about one issue
 * gather in one email until the sender first takes it; a taken email is leased, so one left by a server that died
 * while sending it is tried again once the lease is over.
 */
@Component
class MailQueue {

    static final int LEASE_SECONDS = 300;
    private static final int MAX_RETRY_SECONDS = 3600;

    /** An email taken for sending: whose, about what, and which try this is (1 for the first). */
    record Taken(long id, long recipientId, String issueKey, List<Long> notificationIds, int attempts) {
    }

    private final JdbcClient jdbc;
    private final MailProperties mail;

    MailQueue(JdbcClient jdbc, MailProperties mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    /** Adds a notification to the person's email about its issue still gathering, or starts a new one. */
    void add(long recipientId, String projectKey, String issueKey, long notificationId) {
        int joined = jdbc.sql("""
                update notification_emails set notification_ids = notification_ids || ?
                where recipient_id = ? and issue_key = ? and taken_at is null and send_at > clock_timestamp()""")
                .params(notificationId, recipientId, issueKey).update();
        if (joined == 0) {
            jdbc.sql("""
                    insert into notification_emails (recipient_id, project_key, issue_key, notification_ids, send_at)
                    values (?, ?, ?, array[?]::bigint[], clock_timestamp() + make_interval(secs => ?))""")
                    .params(recipientId, projectKey, issueKey, notificationId, mail.batchSeconds()).update();
        }
    }

    /** Takes the emails due now (closing their gathering), each leased to this sender for a while. */
    List<Taken> takeDue(int limit) {
        return jdbc.sql("""
                update notification_emails set taken_at = coalesce(taken_at, clock_timestamp()), attempts = attempts + 1,
                    send_at = clock_timestamp() + make_interval(secs => ?)
                where id in (select id from notification_emails where sent_at is null and failed_at is null
                             and send_at <= clock_timestamp() order by send_at limit ? for update skip locked)
                returning id, recipient_id, issue_key, notification_ids, attempts""")
                .params(LEASE_SECONDS, limit)
                .query((rs, n) -> new Taken(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("issue_key"),
                        Arrays.asList((Long[]) rs.getArray("notification_ids").getArray()), rs.getInt("attempts")))
                .list();
    }

    void sent(long id) {
        jdbc.sql("update notification_emails set sent_at = clock_timestamp(), last_error = null where id = ?").param(id).update();
    }

    /** Tried again after a wait that doubles with each try, or given up after the last one; the error is kept. */
    void failed(Taken email, String error) {
        if (email.attempts() >= mail.maxAttempts()) {
            giveUp(email.id(), error);
            return;
        }
        long wait = Math.min((long) mail.retrySeconds() << Math.min(email.attempts() - 1, 20), MAX_RETRY_SECONDS);
        jdbc.sql("update notification_emails set send_at = clock_timestamp() + make_interval(secs => ?), last_error = ? where id = ?")
                .params(wait, error, email.id()).update();
    }

    void giveUp(long id, String error) {
        jdbc.sql("update notification_emails set failed_at = clock_timestamp(), last_error = ? where id = ?").params(error, id).update();
    }
}
