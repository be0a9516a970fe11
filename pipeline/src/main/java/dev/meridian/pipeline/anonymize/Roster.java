package dev.meridian.pipeline.anonymize;

import dev.meridian.pipeline.event.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of one project, so that their names, handles and emails are found in free text. Only keyed digests
 * of the names are kept, so the roster itself can be stored without storing anyone's name.
 */
public final class Roster {

    private static final Pattern MENTION = Pattern.compile("\\[~([^\\]\\s]+)]|(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])");
    private static final Pattern GAP = Pattern.compile("[ \\t]+");
    private static final String FIRST_WORD = "*";
    private static final int LONGEST_NAME = 4;
    private static final int FIRST_WORD_CACHE = 50_000;

    private final Pseudonyms pseudonyms;
    private final Map<String, String> byDigest;
    private FirstWords firstWords;
    private boolean changed;

    public Roster(Pseudonyms pseudonyms, Map<String, String> digests) {
        this(pseudonyms, digests, null);
    }

    /** A roster that reuses the answers {@code known} holds when they were found for exactly these people. */
    public Roster(Pseudonyms pseudonyms, Map<String, String> digests, FirstWords known) {
        this.pseudonyms = pseudonyms;
        this.byDigest = new HashMap<>(digests);
        this.firstWords = known != null && known.digests.equals(digests) ? known : new FirstWords(digests);
    }

    /**
     * Which words start the full name of someone on the roster, as found so far. Every word of every text is asked
     * about, so the answers are worth keeping from one batch to the next while the roster stays the same; rosters
     * that know the same people may share them, also from several threads.
     */
    public static final class FirstWords {
        private final Map<String, String> digests;
        private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

        private FirstWords(Map<String, String> digests) {
            this.digests = Map.copyOf(digests);
        }
    }

    /** The answers found for this roster as it is now, for the next roster of the same people. */
    public FirstWords firstWords() {
        return firstWords;
    }

    /** Learns a person's names and returns their pseudonym; null for no person. */
    public String add(Person person) {
        if (person == null) {
            return null;
        }
        String pseudonym = pseudonyms.of(person);
        String name = normalize(person.displayName());
        if (name.contains(" ")) {
            learn("name:" + name, pseudonym);
            learn("first:" + name.substring(0, name.indexOf(' ')), FIRST_WORD);
        } else if (!name.isEmpty()) {
            learn("handle:" + name, pseudonym);
        }
        if (person.email() != null && person.email().contains("@")) {
            String email = person.email().trim().toLowerCase(Locale.ROOT);
            learn("email:" + email, pseudonym);
            learn("handle:" + email.substring(0, email.indexOf('@')), pseudonym);
        }
        return pseudonym;
    }

    public Map<String, String> digests() {
        return Map.copyOf(byDigest);
    }

    /** True once a person was learnt that the roster did not know when it was loaded. */
    public boolean changed() {
        return changed;
    }

    String pseudonymForEmail(String email) {
        return byDigest.get(pseudonyms.digest("email:" + email.toLowerCase(Locale.ROOT)));
    }

    /** Replaces mentions ({@code [~jdoe]}, {@code @jdoe}) and full names of known people by their pseudonyms. */
    String replaceNames(String text, Redactions counts) {
        if (text.indexOf('@') < 0 && !text.contains("[~")) {
            return replaceFullNames(text, counts);
        }
        String mentionsReplaced = MENTION.matcher(text).replaceAll(match -> {
            boolean jiraMention = match.group(1) != null;
            String handle = jiraMention ? match.group(1) : match.group(2);
            String pseudonym = byDigest.get(pseudonyms.digest("handle:" + handle.toLowerCase(Locale.ROOT)));
            if (pseudonym == null && jiraMention) {
                // [~name] always names a person, known to this roster or not
                pseudonym = handle.contains("@") && pseudonymForEmail(handle) != null ? pseudonymForEmail(handle) : pseudonyms.ofHandle(handle);
            }
            if (pseudonym == null) {
                return Matcher.quoteReplacement(match.group());
            }
            counts.count(RedactionType.PERSON);
            return Matcher.quoteReplacement(pseudonym);
        });
        return replaceFullNames(mentionsReplaced, counts);
    }

    private String replaceFullNames(String text, Redactions counts) {
        List<int[]> words = words(text);
        // Lower-cased once for all words, unless lower-casing changes lengths (a few letters, such as 'İ', do).
        String lowerCase = text.toLowerCase(Locale.ROOT);
        boolean sameSpans = lowerCase.length() == text.length();
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] first = words.get(i);
            if (!startsAName(sameSpans ? lowerCase.substring(first[0], first[1]) : lower(text, first))) {
                continue;
            }
            for (int n = Math.min(LONGEST_NAME, words.size() - i); n >= 2; n--) {
                int end = nameEnd(text, words.subList(i, i + n));
                String pseudonym = end < 0 ? null
                        : byDigest.get(pseudonyms.digest("name:" + normalize(text.substring(first[0], end))));
                if (pseudonym != null) {
                    out.append(text, copied, first[0]).append(pseudonym);
                    copied = end;
                    counts.count(RedactionType.PERSON);
                    i += n - 1;
                    break;
                }
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** The spans of {@code \p{L}[\p{L}\p{M}'’-]*}, found without a regular expression: this runs on every text. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < text.length() && inWord(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    private static boolean inWord(int c) {
        if (Character.isLetter(c) || c == '\'' || c == '’' || c == '-') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private boolean startsAName(String word) {
        Map<String, Boolean> answers = firstWords.answers;
        if (answers.size() > FIRST_WORD_CACHE) {
            answers.clear();
        }
        Boolean known = answers.get(word); // a plain read first: computeIfAbsent may lock the bin even when the word is there
        return known != null ? known : answers.computeIfAbsent(word, w -> FIRST_WORD.equals(byDigest.get(pseudonyms.digest("first:" + w))));
    }

    /** End of a run of words separated by blanks only, without a trailing possessive; -1 if not such a run. */
    private static int nameEnd(String text, List<int[]> run) {
        for (int k = 1; k < run.size(); k++) {
            if (!GAP.matcher(text.substring(run.get(k - 1)[1], run.get(k)[0])).matches()) {
                return -1;
            }
        }
        int end = run.get(run.size() - 1)[1];
        return text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2) ? end - 2 : end;
    }

    private void learn(String form, String value) {
        String previous = byDigest.put(pseudonyms.digest(form), value);
        if (!value.equals(previous)) {
            changed = true;
            firstWords = new FirstWords(byDigest);
        }
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    /** Trimmed, each run of white space ({@code \s}) made one space, lower case. */
    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.trim();
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
