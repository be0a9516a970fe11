package dev.meridian.ml.duplicates;

import dev.meridian.ml.text.Bm25Index;
import dev.meridian.ml.text.IssueProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issues a query is ranked against: their profiles by slot and one BM25 index per text view. Updated in place as
 * issues are created, edited or deleted, so similar-issue answers follow live data without retraining.
 */
public final class CandidateIndex {

    final Bm25Index summaries = new Bm25Index();
    final Bm25Index fullTexts = new Bm25Index();
    final Bm25Index identifiers = new Bm25Index();
    final List<IssueProfile> profiles = new ArrayList<>();
    /** Each slot's affects-versions, parsed once rather than on every comparison. */
    final List<Set<String>> versions = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();
    final Hubness fullHubness = new Hubness();
    final Hubness summaryHubness = new Hubness();

    public CandidateIndex(List<IssueProfile> initial) {
        initial.forEach(this::put);
    }

    public synchronized void put(IssueProfile profile) {
        Integer slot = slots.get(profile.key());
        if (slot == null) {
            slot = profiles.size();
            profiles.add(profile);
            versions.add(profile.versions());
            slots.put(profile.key(), slot);
        } else {
            profiles.set(slot, profile);
            versions.set(slot, profile.versions());
        }
        summaries.put(slot, profile.summaryTerms());
        fullHubness.put(slot, profile.fullVector());
        summaryHubness.put(slot, profile.summaryVector());
        fullTexts.put(slot, profile.fullTerms());
        identifiers.put(slot, profile.identifiers());
    }

    public synchronized void remove(String key) {
        Integer slot = slots.remove(key);
        if (slot != null) {
            profiles.set(slot, null);
            versions.set(slot, Set.of());
            fullHubness.remove(slot);
            summaryHubness.remove(slot);
            summaries.remove(slot);
            fullTexts.remove(slot);
            identifiers.remove(slot);
        }
    }

    public synchronized IssueProfile profile(String key) {
        Integer slot = slots.get(key);
        return slot == null ? null : profiles.get(slot);
    }

    public synchronized int size() {
        return slots.size();
    }
}
