package dev.meridian.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which of several servers on one database runs the training-data flow (the outbox relay, the dataset worker and the
 * sealing triggers): the one holding a PostgreSQL advisory lock on a connection of its own. The notification emails
 * have a leader of their own ({@link #ofEmails}), on another lock: a server with the flow turned off still sends them,
 * and must not keep the flow from the server that runs it. The dataset worker keeps one project's state in read-modify-write order only within a process, and two
 * relays would send every row twice, so the others wait; when the leader stops or loses its connection, the database releases the lock and another
 * server takes over within {@link #RECHECK}.
 */
@Component
public class PipelineLeader implements AutoCloseable {

    static final Duration RECHECK = Duration.ofSeconds(2);
    // Any constant shared by every server of an installation; the other advisory locks of Meridian use no key.
    private static final long KEY = 0x4d65726964616eL; // "Meridan"
    private static final long EMAIL_KEY = 0x4d65726d61696cL; // "Mermail"
    private static final String FLOW = "runs the training-data flow (relay, dataset worker, snapshot triggers)";
    private static final Logger log = LoggerFactory.getLogger(PipelineLeader.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration recheck;
    private final long key;
    private final String role;
    private Connection connection;
    private Instant checkedAt = Instant.MIN;
    private boolean leading;

    @Autowired
    public PipelineLeader(DataSource dataSource, Clock clock) {
        this(dataSource, clock, RECHECK, KEY, FLOW);
    }

    /** The server that sends the notification emails, one at a time across servers, whichever runs the flow. */
    public static PipelineLeader ofEmails(DataSource dataSource, Clock clock) {
        return new PipelineLeader(dataSource, clock, RECHECK, EMAIL_KEY, "sends the notification emails");
    }

    /** {@code key}: the advisory lock's; tests take their own, so that the server they run in can lead meanwhile. */
    PipelineLeader(DataSource dataSource, Clock clock, Duration recheck, long key) {
        this(dataSource, clock, recheck, key, FLOW);
    }

    private PipelineLeader(DataSource dataSource, Clock clock, Duration recheck, long key, String role) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.recheck = recheck;
        this.key = key;
        this.role = role;
    }

    /**
     * Whether this server runs the flow now. Looks at the database at most every {@link #RECHECK}: to take the lock
     * when another server holds it, or to notice that the connection holding it was lost.
     */
    public synchronized boolean leads() {
        var now = clock.instant();
        if (now.isBefore(checkedAt.plus(recheck))) {
            return leading;
        }
        checkedAt = now;
        boolean was = leading;
        leading = leading ? stillConnected() : acquire();
        if (leading != was) {
            log.info(leading ? "This server now " + role : "This server no longer " + role + ": its database connection was lost");
        }
        return leading;
    }

    private boolean acquire() {
        try {
            if (connection == null || !connection.isValid(2)) {
                closeConnection();
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
            }
            try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, key);
                try (var result = statement.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            log.warn("Could not ask the database which server {}: {}", role, e.getMessage());
            closeConnection();
            return false;
        }
    }

    private boolean stillConnected() {
        try {
            if (connection.isValid(2)) {
                return true;
            }
        } catch (SQLException e) {
            // treated as lost
        }
        closeConnection();
        return false;
    }

    // Evicted, not returned to the pool: a pooled connection would keep holding the lock for whoever borrows it next.
    private void closeConnection() {
        if (connection != null) {
            try {
                if (dataSource.isWrapperFor(HikariDataSource.class)) {
                    dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
                } else {
                    connection.close();
                }
            } catch (SQLException e) {
                log.debug("Closing the leader connection failed: {}", e.getMessage());
            }
            connection = null;
        }
    }

    /**
     * Lets another server take over at once. The lock is released on the connection before it is evicted: the pool
     * closes evicted connections in the background, and until then the database still sees the lock held.
     */
    @Override
    public synchronized void close() {
        if (leading && connection != null) {
            try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                statement.setLong(1, key);
                statement.execute();
            } catch (SQLException e) {
                log.debug("Releasing the leader lock failed; closing its connection releases it: {}", e.getMessage());
            }
        }
        leading = false;
        checkedAt = Instant.MIN;
        closeConnection();
    }
}
