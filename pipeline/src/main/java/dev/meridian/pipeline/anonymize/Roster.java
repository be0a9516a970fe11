package dev.meridian.pipeline.anonymize;

import dev.meridian.pipeline.event.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of one project, so that their names, handles and emails are found in free text. Only keyed digests
 * of the names are kept, so the roster itself can be stored without storing anyone's name.
 */
public final class Roster {

    private static final Pattern MENTION = Pattern.compile("\\[~([^\\]\\s]+)]|(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern GAP = Pattern.compile("[ \\t]+");
    private static final String FIRST_WORD = "*";
    private static final int LONGEST_NAME = 4;
    private static final int FIRST_WORD_CACHE = 100_000;

    private final Pseudonyms pseudonyms;
    private final Map<String, String> byDigest;
    private final Map<String, Boolean> firstWords = new HashMap<>();
    private boolean changed;

    public Roster(Pseudonyms pseudonyms, Map<String, String> digests) {
        this.pseudonyms = pseudonyms;
        this.byDigest = new HashMap<>(digests);
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
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] first = words.get(i);
            if (!startsAName(lower(text, first))) {
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

    private boolean startsAName(String word) {
        if (firstWords.size() > FIRST_WORD_CACHE) {
            firstWords.clear();
        }
        return firstWords.computeIfAbsent(word, w -> FIRST_WORD.equals(byDigest.get(pseudonyms.digest("first:" + w))));
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
        firstWords.clear();
        String previous = byDigest.put(pseudonyms.digest(form), value);
        changed |= !value.equals(previous);
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    static String normalize(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
