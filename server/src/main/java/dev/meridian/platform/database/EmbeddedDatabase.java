package dev.meridian.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from binaries shipped in a Maven artifact, its data kept under the data folder.
 * Durable unless told otherwise; survives a hard kill of the JVM by stopping the orphaned server first.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path directory, boolean durable) throws IOException {
        Files.createDirectories(directory);
        stopOrphan(directory);
        try {
            return new EmbeddedDatabase(builder(directory, durable).start());
        } catch (IllegalStateException inUse) {
            throw inUse;
        } catch (IOException | RuntimeException first) {
            log.warn("Embedded PostgreSQL did not start ({}); retrying once", first.getMessage());
            stopOrphan(directory);
            return new EmbeddedDatabase(builder(directory, durable).start());
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory, boolean durable) {
        var onOff = durable ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("max_connections", "100")
                // The queue table churns a row per change event; a minute between autovacuum rounds lets tens of
                // thousands of dead rows slow every receive at pipeline rates (see PostgresQueue.SCHEMA).
                .setServerConfig("autovacuum_naptime", "10s");
    }

    /**
     * A JVM killed with -9 leaves its postgres child running and holding the data folder. The server is an orphan only
     * if no live process holds the folder's lock; a second Meridian on the same folder is refused, not fought.
     */
    private static void stopOrphan(Path directory) {
        var pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(directory.resolve("epg-lock"));
        readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
            log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Meridian process", orphan.pid());
            orphan.destroy();
            orphan.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> {
                orphan.destroyForcibly();
                return orphan;
            }).join();
        });
    }

    private static void requireNoLiveOwner(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(lockFile);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(lockFile);
        } catch (IOException e) {
            log.warn("Could not check {}: {}", lockFile, e.getMessage());
        }
    }

    private static IllegalStateException inUse(Path lockFile) {
        return new IllegalStateException("Another running Meridian uses the data folder " + lockFile.getParent().getParent()
                + "; stop it first, or set MERIDIAN_DATA_DIR to another folder");
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
