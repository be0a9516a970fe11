package dev.meridian.pipeline.anonymize;

import java.util.regex.Pattern;

/**
 * Tells a 40-character AWS secret access key from a 40-character identifier or path. A random base64 string
 * switches between upper case, lower case, digits and symbols about 25 times and mostly holds a '/' or '+';
 * a camel-case identifier switches twice per word (about 12 times) and holds neither; a path has many slashes.
 * Half of an identifier or path is runs of three or more lower-case letters (words), a tenth of a random key.
 * Random keys pass these checks about 99 times in 100; a key named in context ({@code aws_secret_access_key=...})
 * is caught by the password rule whatever it looks like.
 */
final class SecretKeys {

    private static final Pattern WORDS = Pattern.compile("[a-z]{3,}");

    private SecretKeys() {
    }

    static boolean looksRandom(String candidate) {
        boolean upper = candidate.chars().anyMatch(Character::isUpperCase);
        boolean lower = candidate.chars().anyMatch(Character::isLowerCase);
        long slashes = candidate.chars().filter(c -> c == '/').count();
        long symbols = slashes + candidate.chars().filter(c -> c == '+').count();
        long digits = candidate.chars().filter(Character::isDigit).count();
        int changes = classChanges(candidate);
        boolean random = changes >= 18 || (symbols > 0 && changes >= 12) || (digits >= 4 && changes >= 14);
        return upper && lower && slashes <= 4 && random && wordiness(candidate) < 0.5;
    }

    private static double wordiness(String text) {
        return WORDS.matcher(text).results().mapToInt(word -> word.group().length()).sum() / (double) text.length();
    }

    private static int classChanges(String text) {
        int changes = 0;
        for (int i = 1; i < text.length(); i++) {
            if (charClass(text.charAt(i)) != charClass(text.charAt(i - 1))) {
                changes++;
            }
        }
        return changes;
    }

    private static int charClass(char c) {
        if (Character.isUpperCase(c)) {
            return 0;
        }
        if (Character.isLowerCase(c)) {
            return 1;
        }
        return Character.isDigit(c) ? 2 : 3;
    }
}
