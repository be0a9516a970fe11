package dev.meridian.pipeline.anonymize;

import dev.meridian.pipeline.event.Person;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Consistent pseudonyms by keyed HMAC-SHA256: the same person is always {@code Person-3f9a2c1d}, and without the
 * key nobody can tell who that is (a plain hash of an email is reversed by hashing a list of emails).
 */
public final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int REMEMBERED = 100_000;

    private final ThreadLocal<Mac> mac;
    // The roster digests every word of every text to find names; most words come back again and again.
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    public Pseudonyms(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
        }
        SecretKeySpec secret = new SecretKeySpec(key.clone(), ALGORITHM);
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac instance = Mac.getInstance(ALGORITHM);
                instance.init(secret);
                return instance;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Eight hex digits: collisions stay unlikely up to tens of thousands of people per deployment. */
    public String of(Person person) {
        return "Person-" + digest(identity(person)).substring(0, 8);
    }

    /** For a person known only by a handle in text ({@code [~jdoe]}), not by an account. */
    String ofHandle(String handle) {
        return "Person-" + digest("handle:" + handle.toLowerCase(Locale.ROOT)).substring(0, 8);
    }

    String digest(String value) {
        String known = remembered.get(value);
        if (known != null) {
            return known;
        }
        String digest = HexFormat.of().formatHex(mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(value, digest);
        return digest;
    }

    private static String identity(Person person) {
        if (person.id() != null) {
            return "id:" + person.id();
        }
        if (person.email() != null && !person.email().isBlank()) {
            return "email:" + person.email().trim().toLowerCase(Locale.ROOT);
        }
        return "name:" + Roster.normalize(person.displayName());
    }
}
