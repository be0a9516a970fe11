package dev.meridian.ml;

import dev.meridian.ml.duplicates.CandidateIndex;
import dev.meridian.ml.duplicates.DuplicateRanker;
import dev.meridian.ml.text.IssueProfile;
import dev.meridian.ml.triage.TriageModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded default model of one project: triage heads and a duplicate ranker trained on the project's own issues
 * and duplicate links, over a pretrained sentence encoder. Train or warm-start it, save it as an artifact, load it,
 * then ask it for field suggestions and for a live {@link SimilarIssues} index.
 */
public final class LocalModel {

    /** The fields the demo data has; the server may pass its own (type, components, assignee...). */
    public static final List<String> DEFAULT_FIELDS = List.of("priority", "status", "resolution", "affectsVersion");

    private final ModelMetadata metadata;
    private final TriageModel triage;
    private final DuplicateRanker ranker;

    LocalModel(ModelMetadata metadata, TriageModel triage, DuplicateRanker ranker) {
        this.metadata = metadata;
        this.triage = triage;
        this.ranker = ranker;
    }

    /**
     * Full training. A stable 20% of issues (and of duplicate pairs) is held out to compute the metrics recorded in the
     * metadata; the returned model is the one those metrics describe.
     */
    public static LocalModel train(List<IssueDocument> issues, List<DuplicateLink> links, List<String> fields,
                                   Embedder embedder, String version) {
        return Training.full(issues, links, fields, embedder, version);
    }

    /**
     * Incremental training: adapts this model with only {@code newIssues} and {@code newLinks}; {@code allIssues}
     * (old and new) are needed to rank candidates for the new links and to measure the result.
     */
    public LocalModel warmStart(List<IssueDocument> allIssues, List<IssueDocument> newIssues,
                                List<DuplicateLink> newLinks, List<DuplicateLink> allLinks, Embedder embedder,
                                String version) {
        return Training.incremental(this, allIssues, newIssues, newLinks, allLinks, embedder, version);
    }

    public static LocalModel load(Path file) throws IOException {
        return ModelArtifact.read(file);
    }

    /** Reads only the metadata (version, checksum, metrics) without loading weights. */
    public static ModelMetadata readMetadata(Path file) throws IOException {
        return ModelArtifact.readMetadata(file);
    }

    public void save(Path file) throws IOException {
        ModelArtifact.write(file, metadata, triage, ranker);
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** Most probable value of each triage field for a draft (or any issue), with its probability. */
    public List<FieldSuggestion> suggest(IssueDocument issue, Embedder embedder) {
        requireSameEncoder(embedder);
        return triage.suggest(IssueProfile.of(issue, embedder));
    }

    /**
     * Field suggestions and possible duplicates of one draft, with the draft read and embedded once for both (it is
     * the request a create-issue form sends as the user types).
     */
    public DraftAnswer answer(IssueDocument draft, SimilarIssues similar, int duplicates, Embedder embedder) {
        requireSameEncoder(embedder);
        var profile = IssueProfile.of(draft, embedder);
        return new DraftAnswer(triage.suggest(profile), similar.similarTo(profile, duplicates));
    }

    public record DraftAnswer(List<FieldSuggestion> fields, List<SimilarIssue> duplicates) {
    }

    /** A live similar-issue index over {@code issues}, ranked by this model; keep it updated as issues change. */
    public SimilarIssues similarIssues(List<IssueDocument> issues, Embedder embedder) {
        requireSameEncoder(embedder);
        return new SimilarIssues(new CandidateIndex(IssueProfile.of(issues, embedder)), ranker, embedder);
    }

    TriageModel triage() {
        return triage;
    }

    DuplicateRanker ranker() {
        return ranker;
    }

    private void requireSameEncoder(Embedder embedder) {
        if (!embedder.name().equals(metadata.embedder())) {
            throw new IllegalArgumentException("Model " + metadata.version() + " was trained with "
                    + metadata.embedder() + ", not " + embedder.name());
        }
    }
}
