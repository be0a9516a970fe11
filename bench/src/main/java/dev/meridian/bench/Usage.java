package dev.meridian.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resources spent between two points: CPU of the server JVM (and the part of it its JIT compiler threads took), of
 * PostgreSQL (all its processes) and of this client, write transactions (transaction ids handed out) and WAL bytes.
 * Each part is zero when its source is not configured.
 */
record Usage(long serverCpuNanos, long serverJitCpuNanos, long dbCpuNanos, long clientCpuNanos, long writeTransactions, long walBytes) {

    private static final long NANOS_PER_TICK = 1_000_000_000L / 100; // USER_HZ is 100 on Linux x86-64

    Usage minus(Usage before) {
        return new Usage(serverCpuNanos - before.serverCpuNanos, serverJitCpuNanos - before.serverJitCpuNanos, dbCpuNanos - before.dbCpuNanos,
                clientCpuNanos - before.clientCpuNanos, writeTransactions - before.writeTransactions,
                walBytes - before.walBytes);
    }

    /** Takes snapshots; keeps one JDBC connection open for the database counters. */
    static final class Probe implements AutoCloseable {

        private final Optional<Long> serverPid;
        private final Optional<Path> pgData;
        private final Connection connection;

        Probe(Optional<Long> serverPid, Optional<Path> pgData, Optional<String> jdbcUrl, String user, String password) {
            this.serverPid = serverPid;
            this.pgData = pgData;
            try {
                this.connection = jdbcUrl.isPresent() ? DriverManager.getConnection(jdbcUrl.get(), user, password) : null;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to " + jdbcUrl.get() + ": " + e.getMessage(), e);
            }
        }

        Usage snapshot() {
            var client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            return new Usage(serverPid.map(Probe::cpu).orElse(0L), serverPid.map(Probe::compilerCpu).orElse(0L),
                    pgData.map(Probe::databaseCpu).orElse(0L), client,
                    counter("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint"),
                    counter("select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint"));
        }

        private long counter(String sql) {
            if (connection == null) {
                return 0;
            }
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        /** The postmaster is detached from the JVM that started it, so it is found through its pid file. */
        private static long databaseCpu(Path dataDir) {
            try {
                long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
                var processes = ProcessHandle.of(postmaster).map(p -> Stream.concat(Stream.of(p), p.descendants()));
                // Exited backends are counted in the postmaster's children time (cutime + cstime).
                return processes.orElseGet(Stream::empty).mapToLong(p -> cpu(p.pid())).sum() + childrenCpu(postmaster);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** The HotSpot threads named "C1 CompilerThread0", "C2 CompilerThread1", …: a server's first minutes go to them. */
        private static long compilerCpu(long pid) {
            try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                return tasks.filter(Probe::isCompiler).mapToLong(task -> ticks(task.resolve("stat"))).sum();
            } catch (IOException e) {
                return 0;
            }
        }

        private static boolean isCompiler(Path task) {
            try {
                return Files.readString(task.resolve("comm")).strip().matches("C\\d CompilerThre.*");
            } catch (IOException e) {
                return false; // the thread ended
            }
        }

        private static long cpu(long pid) {
            return ticks(Path.of("/proc", String.valueOf(pid), "stat"));
        }

        private static long ticks(Path stat) {
            var fields = statFields(stat);
            return fields.length < 15 ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        }

        private static long childrenCpu(long pid) {
            var fields = statFields(Path.of("/proc", String.valueOf(pid), "stat"));
            return fields.length < 15 ? 0 : (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
        }

        /** Fields of /proc/PID/stat (or …/task/TID/stat) after the command name, so utime is index 11 (field 14 in proc(5)). */
        private static String[] statFields(Path file) {
            try {
                var stat = Files.readString(file);
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            } catch (IOException e) {
                return new String[0]; // the process ended between listing and reading
            }
        }

        @Override
        public void close() throws SQLException {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
