package dev.meridian.ml;

import dev.meridian.ml.duplicates.CandidateIndex;
import dev.meridian.ml.duplicates.DuplicateRanker;
import dev.meridian.ml.text.IssueProfile;
import java.util.List;

/**
 * Similar-issue search over the current issues of a project, following edits: {@link #put} after a create or update,
 * {@link #remove} after a delete. Thread-safe; one instance per project and model version.
 */
public final class SimilarIssues {

    private final CandidateIndex index;
    private final DuplicateRanker ranker;
    private final Embedder embedder;

    SimilarIssues(CandidateIndex index, DuplicateRanker ranker, Embedder embedder) {
        this.index = index;
        this.ranker = ranker;
        this.embedder = embedder;
    }

    public void put(IssueDocument issue) {
        index.put(IssueProfile.of(issue, embedder));
    }

    public void remove(String key) {
        index.remove(key);
    }

    public int size() {
        return index.size();
    }

    /** Issues most likely to duplicate the indexed issue {@code key} (itself excluded); empty if unknown. */
    public List<SimilarIssue> similarTo(String key, int limit) {
        var profile = index.profile(key);
        return profile == null ? List.of() : ranker.rank(profile, index, limit);
    }

    /** Issues most likely to duplicate a draft that is not indexed (give it a created time of now, if known). */
    public List<SimilarIssue> similarTo(IssueDocument draft, int limit) {
        return similarTo(IssueProfile.of(draft, embedder), limit);
    }

    List<SimilarIssue> similarTo(IssueProfile profile, int limit) {
        return ranker.rank(profile, index, limit);
    }
}
