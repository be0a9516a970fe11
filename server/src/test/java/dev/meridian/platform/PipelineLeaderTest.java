package dev.meridian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.MeridianTest;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several servers on one database: one runs the training-data flow, another takes over when it stops or is cut off.
 * The servers here contend for a lock key of their own: the test server's own leader may hold the real one.
 */
@MeridianTest
class PipelineLeaderTest {

    private static final long KEY = 42;
    private static final String HOLDERS = "from pg_locks where locktype = 'advisory' and classid = 0 and objid = " + KEY;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneServerLeadsAtATimeAndAnotherTakesOverWhenItStops() {
        try (var first = server(); var second = server()) {
            assertThat(first.leads()).isTrue();
            assertThat(second.leads()).isFalse();
            assertThat(first.leads()).as("keeps leading").isTrue();

            first.close();

            assertThat(second.leads()).isTrue();
            assertThat(first.leads()).as("a stopped server that starts again waits its turn").isFalse();
        }
    }

    @Test
    void aLeaderWhoseDatabaseConnectionIsCutStopsLeadingAndAnotherTakesOver() {
        try (var first = server(); var second = server()) {
            assertThat(first.leads()).isTrue();
            assertThat(second.leads()).isFalse();

            int cut = jdbc.sql("""
                    select count(pg_terminate_backend(pid)) %s and granted and pid <> pg_backend_pid()""".formatted(HOLDERS))
                    .query(Integer.class).single();
            assertThat(cut).isEqualTo(1);

            assertThat(first.leads()).isFalse();
            assertThat(second.leads()).isTrue();
        }
    }

    @Test
    void aLeaderGivesItsConnectionBackWithoutTheLock() {
        try (var first = server()) {
            assertThat(first.leads()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) " + HOLDERS).query(Integer.class).single())
                .as("no pooled connection keeps the lock").isZero();
    }

    private PipelineLeader server() {
        return new PipelineLeader(dataSource, Clock.systemUTC(), Duration.ZERO, KEY);
    }
}
