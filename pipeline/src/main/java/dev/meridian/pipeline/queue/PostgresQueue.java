package dev.meridian.pipeline.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A queue in PostgreSQL tables (see {@link #SCHEMA}, which the caller runs). The receive count, the visibility
 * timeout and the move to the dead-letter queue happen in one statement per receive, under
 * {@code FOR UPDATE SKIP LOCKED}, so any number of receivers in any number of processes can share a queue.
 *
 * <p>Sends are durable when they return. Receives, deletes and visibility changes are committed without waiting for
 * the disk ({@code synchronous_commit = off} for their transaction only): a crash can undo the last few hundred
 * milliseconds of them, which puts messages back on the queue, as a visibility timeout would; at-least-once holds,
 * and the fsync per received or deleted batch, which would bound the queue's rate, is gone.
 */
public final class PostgresQueue implements Queue {

    /** Classpath resource with the idempotent DDL. */
    public static final String SCHEMA = "dev/meridian/pipeline/queue/postgres-queue.sql";

    // Long polling by polling: a receive that finds nothing looks again this often until its wait time ends.
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int SEND_ALL_CHUNK = 1000;

    private final Sql sql;
    private final QueueSettings settings;

    public PostgresQueue(DataSource dataSource, QueueSettings settings) {
        this.sql = new Sql(dataSource);
        this.settings = settings;
    }

    @Override
    public List<String> send(List<String> bodies) {
        Limits.checkSend(bodies);
        return insert(bodies);
    }

    /** A thousand per statement, so one commit for as many as a relay round publishes. */
    @Override
    public List<String> sendAll(List<String> bodies) {
        Limits.checkBodies(bodies);
        List<String> ids = new ArrayList<>(bodies.size());
        for (int from = 0; from < bodies.size(); from += SEND_ALL_CHUNK) {
            ids.addAll(insert(bodies.subList(from, Math.min(bodies.size(), from + SEND_ALL_CHUNK))));
        }
        return ids;
    }

    private List<String> insert(List<String> bodies) {
        String values = String.join(",", Collections.nCopies(bodies.size(), "(?, ?)"));
        return sql.list("insert into queue_message (queue, body) values " + values + " returning id", st -> {
            int i = 1;
            for (String body : bodies) {
                st.setString(i++, settings.name());
                st.setString(i++, body);
            }
        }, rs -> Long.toString(rs.getLong(1)));
    }

    @Override
    public List<QueueMessage> receive(int max, Duration waitTime) {
        return receive(max, waitTime, settings.visibilityTimeout());
    }

    @Override
    public List<QueueMessage> receive(int max, Duration waitTime, Duration visibilityTimeout) {
        Limits.checkReceive(max, waitTime, visibilityTimeout);
        return receiveWaiting(max, waitTime, visibilityTimeout);
    }

    /** One statement for the whole batch instead of one per ten: a receive's cost is mostly per statement. */
    @Override
    public List<QueueMessage> receiveBatch(int max, Duration waitTime, Duration visibilityTimeout) {
        if (max < 1) {
            throw new IllegalArgumentException("a receive returns at least 1 message, not " + max);
        }
        Limits.checkReceive(1, waitTime, visibilityTimeout);
        return receiveWaiting(max, waitTime, visibilityTimeout);
    }

    private List<QueueMessage> receiveWaiting(int max, Duration waitTime, Duration visibilityTimeout) {
        long deadline = System.nanoTime() + waitTime.toNanos();
        while (true) {
            List<QueueMessage> messages = receiveNow(max, visibilityTimeout);
            long left = deadline - System.nanoTime();
            if (!messages.isEmpty() || left <= 0) {
                return messages;
            }
            sleep(Math.min(left, POLL_INTERVAL.toNanos()));
        }
    }

    private List<QueueMessage> receiveNow(int max, Duration visibilityTimeout) {
        return sql.listRelaxed(ReceiveSql.RECEIVE, st -> {
            st.setInt(1, settings.maxReceiveCount());
            st.setString(2, settings.name());
            st.setInt(3, max);
            st.setString(4, settings.deadLetterQueue());
            st.setDouble(5, visibilityTimeout.toMillis() / 1000.0);
        }, rs -> new QueueMessage(Long.toString(rs.getLong("id")), rs.getString("receipt"), rs.getString("body"),
                rs.getInt("receive_count"), rs.getTimestamp("sent_at").toInstant()));
    }

    @Override
    public void delete(String receiptHandle) {
        delete(List.of(receiptHandle));
    }

    @Override
    public void delete(List<String> receiptHandles) {
        Limits.checkBatch(receiptHandles, "delete");
        deleteReceipts(receiptHandles);
    }

    @Override
    public void deleteAll(List<String> receiptHandles) {
        if (!receiptHandles.isEmpty()) {
            deleteReceipts(receiptHandles);
        }
    }

    private void deleteReceipts(List<String> receiptHandles) {
        sql.updateRelaxed("delete from queue_message where receipt = any (?)",
                st -> st.setArray(1, st.getConnection().createArrayOf("text", receiptHandles.toArray())));
    }

    @Override
    public void changeVisibility(String receiptHandle, Duration timeout) {
        Limits.checkVisibility(timeout);
        sql.updateRelaxed("update queue_message set visible_at = now() + make_interval(secs => ?) where receipt = ?", st -> {
            st.setDouble(1, timeout.toMillis() / 1000.0);
            st.setString(2, receiptHandle);
        });
    }

    @Override
    public QueueStats stats() {
        return sql.list("""
                select count(*) filter (where queue = ? and visible_at <= now()),
                       count(*) filter (where queue = ? and visible_at > now()),
                       extract(epoch from now() - min(sent_at) filter (where queue = ? and visible_at <= now())),
                       count(*) filter (where queue = ?)
                from queue_message where queue in (?, ?)""", st -> {
            for (int i = 1; i <= 3; i++) {
                st.setString(i, settings.name());
            }
            st.setString(4, settings.deadLetterQueue());
            st.setString(5, settings.name());
            st.setString(6, settings.deadLetterQueue());
        }, rs -> {
            double age = rs.getDouble(3);
            Optional<Duration> oldest = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis((long) (age * 1000)));
            return new QueueStats(rs.getLong(1), rs.getLong(2), oldest, rs.getLong(4));
        }).get(0);
    }

    @Override
    public int redriveDeadLetters(int max) {
        return sql.update("""
                update queue_message set queue = ?, visible_at = now(), receive_count = 0, receipt = null
                where id in (select id from queue_message where queue = ? order by id limit ? for update skip locked)""",
                st -> {
                    st.setString(1, settings.name());
                    st.setString(2, settings.deadLetterQueue());
                    st.setInt(3, max);
                });
    }

    @Override
    public List<DeadLetter> peekDeadLetters(int limit) {
        return sql.list("select id, body, sent_at from queue_message where queue = ? order by id limit ?", st -> {
            st.setString(1, settings.deadLetterQueue());
            st.setInt(2, limit);
        }, rs -> new DeadLetter(Long.toString(rs.getLong(1)), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    @Override
    public boolean discardDeadLetter(String messageId) {
        long id;
        try {
            id = Long.parseLong(messageId);
        } catch (NumberFormatException notOurs) {
            return false;
        }
        return sql.update("delete from queue_message where queue = ? and id = ?", st -> {
            st.setString(1, settings.deadLetterQueue());
            st.setLong(2, id);
        }) > 0;
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for messages", e);
        }
    }
}
