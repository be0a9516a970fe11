package dev.meridian.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.MeridianApplication;
import dev.meridian.support.TestDataDir;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

class ExternalDatabaseTest {

    @Test
    void aJdbcUrlSwitchesToThatDatabaseWithNoOtherChange() throws Exception {
        var dataDir = TestDataDir.temp("meridian-external-");
        try (var external = EmbeddedPostgres.builder().start();
             var app = new SpringApplicationBuilder(MeridianApplication.class).run(
                     "--meridian.database-url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--meridian.database-username=postgres",
                     "--meridian.data-dir=" + dataDir,
                     "--meridian.bootstrap.demo-project=false",
                     "--meridian.bootstrap.admin-email=admin@meridian.local",
                     "--meridian.bootstrap.admin-password=external-admin",
                     "--server.port=0",
                     "--logging.level.root=warn")) {
            var jdbc = JdbcClient.create(external.getPostgresDatabase());
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isPositive();
            assertThat(jdbc.sql("select email from users").query(String.class).list()).containsExactly("admin@meridian.local");
            assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
        }
    }
}
