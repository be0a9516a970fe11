package dev.meridian.pipeline.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Train or validation by a hash of the issue key: stable across snapshots (an issue never moves from one side to
 * the other) and never splitting one issue's records between the two, which would leak answers into validation.
 */
record DatasetSplit(int validationPercent) {

    static final String METHOD = "sha256(issueKey) as unsigned 32-bit int mod 100 < validationPercent -> validation";

    DatasetSplit {
        if (validationPercent < 0 || validationPercent > 50) {
            throw new IllegalArgumentException("validation share must be 0..50 %, got " + validationPercent);
        }
    }

    boolean isValidation(String issueKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(issueKey.getBytes(StandardCharsets.UTF_8));
            return Integer.toUnsignedLong(ByteBuffer.wrap(digest).getInt()) % 100 < validationPercent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
