package dev.meridian.assistant.internal;

import dev.meridian.assistant.ModelInference.Scored;
import dev.meridian.identity.CurrentUser;
import dev.meridian.search.Search;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Similar issues without a trained model: the rarer words of a text, searched in summaries with JQL as the user, and
 * the candidates ranked by how many of those words (weighted by rarity) their summaries share.
 */
@Component
class WordSimilarity {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]{2,}");
    private static final int MAX_TERMS = 12;
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "when", "from", "that", "this", "not", "are",
            "was", "were", "has", "have", "had", "should", "would", "could", "can", "cannot", "does", "doesn", "don",
            "into", "after", "before", "while", "use", "used", "using", "get", "gets", "set", "sets", "add", "adds",
            "fix", "fixes", "make", "makes", "also", "there", "their", "then", "than", "but", "all", "any", "its", "issue",
            "issues", "via", "per", "out", "you", "our", "your", "will", "which", "what", "some", "more", "like", "similar",
            "other", "only", "http", "https", "www", "org", "com", "code", "java", "apache", "hadoop");

    private final Search search;

    WordSimilarity(Search search) {
        this.search = search;
    }

    List<Scored> similar(String projectKey, String excludeKey, String text, int limit, CurrentUser user) {
        var scope = "project = " + projectKey + (excludeKey == null ? "" : " AND key != " + excludeKey);
        long all = search.count("project = " + projectKey, user);
        var weights = new HashMap<String, Double>();
        var terms = new ArrayList<String>();
        for (var term : terms(text)) {
            long df = search.count("project = " + projectKey + " AND summary ~ " + NaturalSearch.quote(term), user);
            if (df > 0 && df < Math.max(2, all * 0.2)) {
                weights.put(stem(term), Math.log((double) all / df));
                terms.add(term);
            }
            if (terms.size() == MAX_TERMS) {
                break;
            }
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        var any = String.join(" OR ", terms.stream().map(t -> "summary ~ " + NaturalSearch.quote(t)).toList());
        var candidates = search.search(scope + " AND (" + any + ")", 0, Search.MAX_RESULTS, user).issues();
        var scored = new ArrayList<Scored>();
        for (var c : candidates) {
            var stems = new LinkedHashSet<String>();
            terms(c.summary()).forEach(t -> stems.add(stem(t)));
            double score = stems.stream().mapToDouble(s -> weights.getOrDefault(s, 0.0)).sum();
            if (score > 0) {
                scored.add(new Scored(c.key(), c.summary(), c.status(), Math.round(score * 100) / 100.0));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }

    private static List<String> terms(String text) {
        var out = new LinkedHashSet<String>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return List.copyOf(out);
    }

    /** Enough of English stemming to match what the JQL text search matched. */
    static String stem(String word) {
        for (var suffix : List.of("ing", "ed", "es", "s")) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

}
