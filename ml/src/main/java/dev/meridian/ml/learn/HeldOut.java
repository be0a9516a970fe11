package dev.meridian.ml.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stable held-out split by key: the same issue is always on the same side, whatever else the snapshot holds, so
 * metrics of successive model versions compare on the same issues.
 */
public final class HeldOut {

    private HeldOut() {
    }

    public static boolean contains(String key, int percent) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            int bucket = Math.floorMod(((digest[0] & 0xff) << 8) | (digest[1] & 0xff), 100);
            return bucket < percent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
