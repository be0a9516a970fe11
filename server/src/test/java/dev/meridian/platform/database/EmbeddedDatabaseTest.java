package dev.meridian.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.TestDataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseTest {

    @Test
    void runsDurablyWithFsyncAndSynchronousCommitOn() throws Exception {
        try (var db = EmbeddedDatabase.start(TestDataDir.temp("pg-durable-"), true)) {
            var jdbc = JdbcClient.create(db.dataSource());
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        }
    }

    @Test
    void keepsCommittedDataAcrossRestarts() throws Exception {
        Path dir = TestDataDir.temp("pg-restart-");
        try (var db = EmbeddedDatabase.start(dir, true)) {
            var jdbc = JdbcClient.create(db.dataSource());
            jdbc.sql("create table kept (v text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        }
        try (var db = EmbeddedDatabase.start(dir, true)) {
            assertThat(JdbcClient.create(db.dataSource()).sql("select v from kept").query(String.class).single()).isEqualTo("still here");
        }
    }

    @Test
    void refusesAFolderThatAnotherRunningMeridianUses() throws Exception {
        Path dir = TestDataDir.temp("pg-busy-");
        try (var running = EmbeddedDatabase.start(dir, false)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.start(dir, false))
                    .hasMessageContaining("Another running Meridian uses the data folder");
            assertThat(JdbcClient.create(running.dataSource()).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    /** A JVM killed with -9 leaves its postgres running; the next start must stop it and go on. */
    @Test
    void startsAfterTheProcessThatRanItWasKilled() throws Exception {
        Path dir = TestDataDir.temp("pg-orphan-");
        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OrphanMaker.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        var ready = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream())).lines()
                .filter(l -> l.startsWith("READY")).findFirst();
        assertThat(ready).as("the child JVM started its database").isPresent();
        child.destroyForcibly().waitFor();
        var orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).as("postgres outlived its JVM").isTrue();

        try (var db = EmbeddedDatabase.start(dir, true)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(JdbcClient.create(db.dataSource()).sql("select v from before_kill").query(String.class).single())
                    .isEqualTo("committed");
        }
    }
}
