package dev.meridian.training.internal;

import dev.meridian.platform.MeridianProperties;
import dev.meridian.platform.PipelineProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The secret behind people's pseudonyms in training data: {@code MERIDIAN_PSEUDONYM_KEY}, or else a random key made on
 * the first start and kept (owner-readable only) in {@code $MERIDIAN_DATA_DIR/secrets/pseudonym.key}, so the same
 * person keeps the same pseudonym across restarts.
 */
@Component
class PseudonymKey {

    private final String base64;

    PseudonymKey(MeridianProperties properties, PipelineProperties pipeline) {
        var configured = pipeline.pseudonymKey();
        this.base64 = configured.isBlank() ? stored(properties.dataDir().resolve("secrets").resolve("pseudonym.key")) : configured.trim();
    }

    String base64() {
        return base64;
    }

    private static String stored(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var key = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, key);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data folder's own permissions protect it
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the pseudonym key " + file, e);
        }
    }
}
