package dev.meridian.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.meridian.platform.MeridianProperties;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database port: an external PostgreSQL when {@code MERIDIAN_DATABASE_URL} is set (Amazon RDS, Aurora, any
 * PostgreSQL 14+), otherwise the embedded server under {@code $MERIDIAN_DATA_DIR/postgres}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(MeridianProperties properties, EmbeddedHolder embedded) {
        var config = new HikariConfig();
        config.setPoolName("meridian");
        config.setMaximumPoolSize(20);
        if (properties.databaseUrl().isBlank()) {
            var db = embedded.get(properties);
            config.setDataSource(db.dataSource());
            log.info("Using embedded PostgreSQL on port {} with data in {}", db.port(),
                    properties.dataDir().resolve("postgres").toAbsolutePath().normalize());
        } else {
            config.setJdbcUrl(properties.databaseUrl());
            config.setUsername(properties.databaseUsername());
            config.setPassword(properties.databasePassword());
            log.info("Using external PostgreSQL at {}", properties.databaseUrl().replaceAll("password=[^&]*", "password=***"));
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedHolder embeddedDatabase() {
        return new EmbeddedHolder();
    }

    /** Started lazily, only when no external database is configured; stopped after the pool closes. */
    static final class EmbeddedHolder implements AutoCloseable {

        private EmbeddedDatabase database;

        synchronized EmbeddedDatabase get(MeridianProperties properties) {
            if (database == null) {
                try {
                    database = EmbeddedDatabase.start(properties.dataDir().resolve("postgres"), properties.durable());
                } catch (IOException e) {
                    throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
                }
            }
            return database;
        }

        @Override
        public synchronized void close() throws IOException {
            if (database != null) {
                database.close();
            }
        }
    }

}
