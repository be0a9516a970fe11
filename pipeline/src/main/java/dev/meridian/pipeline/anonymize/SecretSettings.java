package dev.meridian.pipeline.anonymize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Decides whether {@code name=value} / {@code name: value} / {@code <name>..</name><value>..</value>} sets a secret.
 * The secret word must name the setting itself ({@code ssl.server.keystore.password}, {@code fs.s3a.secret.key},
 * {@code AWS_SECRET_ACCESS_KEY}), not a neighbour ({@code zk-dt-secret-manager.zkNumRetries}); stack frames
 * ({@code TokenSecretManager.java:606}) and log prefixes ({@code ZKSecretManager: Could not ...}) are not settings.
 */
final class SecretSettings {

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "pwd", "secret", "apikey", "signature");
    private static final Set<String> SECRET_QUALIFIERS = Set.of("secret", "access", "api", "auth", "bearer", "session", "refresh",
            "security", "private", "client", "oauth", "oauth2", "password");
    private static final Set<String> GENERIC_LAST_WORDS = Set.of("key", "value", "token", "id");
    private static final Set<String> NOT_A_SECRET = Set.of("null", "true", "false", "none", "empty", "required", "optional", "new", "this");

    private SecretSettings() {
    }

    static boolean isSecretName(String name) {
        List<String> words = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[._-]+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (SECRET_WORDS.stream().anyMatch(last::contains)) {
            return true;
        }
        return GENERIC_LAST_WORDS.contains(last) && words.subList(Math.max(0, words.size() - 3), words.size() - 1).stream()
                .anyMatch(word -> SECRET_QUALIFIERS.contains(word) || SECRET_WORDS.stream().anyMatch(word::contains));
    }

    static Redactor.Hit assignedSecret(MatchResult match, String text, Roster roster) {
        String name = match.group(2);
        boolean quotedName = !match.group(1).isEmpty();
        boolean colon = match.group(4).equals(":");
        String value = match.group(5);
        boolean methodCall = !match.group(6).isEmpty();
        boolean sourceLine = colon && name.matches("(?i).*\\.(java|scala|kt|groovy|py|c|cc|cpp|h|go|rs|js|ts)") && value.matches("\\d+");
        boolean logPrefix = colon && !quotedName && name.matches(".*[a-z][A-Z].*");
        if (!isSecretName(name) || methodCall || sourceLine || logPrefix
                || NOT_A_SECRET.contains(value.toLowerCase(Locale.ROOT)) || value.matches("\\*+")) {
            return null;
        }
        return new Redactor.Hit(RedactionType.PASSWORD, match.group(1) + name + match.group(3) + "[PASSWORD]");
    }
}
