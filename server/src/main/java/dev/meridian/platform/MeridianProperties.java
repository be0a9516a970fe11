package dev.meridian.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module reads.
 *
 * @param dataDir all local state (embedded database, object store, models); {@code MERIDIAN_DATA_DIR}, default {@code ./data}
 * @param databaseUrl JDBC URL of an external PostgreSQL; empty means the embedded one ({@code MERIDIAN_DATABASE_URL})
 * @param databaseUsername user for the external database
 * @param databasePassword password for the external database
 * @param durable fsync and synchronous commit for the embedded database; only tests turn it off
 */
@ConfigurationProperties("meridian")
public record MeridianProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String databaseUrl,
        @DefaultValue("") String databaseUsername,
        @DefaultValue("") String databasePassword,
        @DefaultValue("true") boolean durable) {
}
