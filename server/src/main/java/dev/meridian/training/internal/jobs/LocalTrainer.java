package dev.meridian.training.internal.jobs;

import dev.meridian.issues.CorpusIssue;
import dev.meridian.issues.IssueCorpus;
import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.Embedder;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.LocalModel;
import dev.meridian.training.TrainingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Trains the embedded default model in this process: triage heads and the duplicate ranker of {@code dev.meridian.ml},
 * on the project's current issues and duplicate links as the issues module reads them. The sealed snapshot the job
 * records as lineage has the same issues and links, but anonymized: its assignees and reporters are pseudonyms, which
 * the assignee head would then suggest, so the text and fields come from the issues module. An incremental run
 * warm-starts the active version with the issues changed since it was trained.
 */
@Component
class LocalTrainer implements Trainer {

    private final IssueCorpus corpus;
    private final Embedder embedder;
    private final TrainingProperties settings;

    LocalTrainer(IssueCorpus corpus, Embedder embedder, TrainingProperties settings) {
        this.corpus = corpus;
        this.embedder = embedder;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Set<String> kinds() {
        return Set.of(TrainingJobs.KIND);
    }

    @Override
    public String baseModel() {
        return embedder.name();
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("fields", settings.fields(), "heldOut", "stable 20% of issues and duplicate pairs (hash of key)");
    }

    @Override
    public Result train(Request request, Progress progress) {
        var issues = corpus.issues(request.projectKey());
        if (issues.size() < settings.minIssues()) {
            throw new Refused(request.projectKey() + " has " + issues.size() + " issues; a model needs at least "
                    + settings.minIssues() + " (MERIDIAN_TRAINING_MIN_ISSUES)");
        }
        var docs = Documents.of(issues, settings.fields());
        var links = Documents.links(corpus.duplicates(request.projectKey()));
        var through = issues.stream().map(CorpusIssue::updatedAt).max(Instant::compareTo).orElseThrow();
        progress.report(5, "read " + issues.size() + " issues and " + links.size() + " duplicate links");
        var encoder = new ProgressEmbedder(embedder, progress, settings.embeddingBatch(), 2 * docs.size(), 5, 60);
        long started = System.nanoTime();
        var model = "incremental".equals(request.mode()) && request.parent() != null
                ? warmStart(request, issues, docs, links, encoder, progress)
                : LocalModel.train(docs, links, settings.fields(), encoder, request.label());
        var meta = model.metadata();
        progress.report(90, "trained on " + meta.issues() + " issues and " + meta.duplicateLinks() + " links in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; held-out " + summary(meta.metrics()));
        save(model, request.artifact());
        progress.report(95, "saved " + request.artifact().getFileName());
        return new Result(meta.metrics(), meta.dataChecksum(), through, request.artifact().toString(), null, null);
    }

    private LocalModel warmStart(Request request, List<CorpusIssue> issues, List<IssueDocument> docs,
            List<DuplicateLink> links, Embedder encoder, Progress progress) {
        var parent = request.parent();
        var since = parent.trainedThrough();
        var changed = new HashSet<String>();
        issues.stream().filter(i -> since == null || i.updatedAt().isAfter(since)).forEach(i -> changed.add(i.key()));
        if (changed.isEmpty()) {
            throw new Refused("No issue of " + request.projectKey() + " changed since " + parent.label() + " was trained ("
                    + since + "); run a full training or wait for new issues");
        }
        var newDocs = docs.stream().filter(d -> changed.contains(d.key())).toList();
        var newLinks = links.stream().filter(l -> changed.contains(l.issueKey()) || changed.contains(l.duplicateKey())).toList();
        progress.report(6, "warm start from " + parent.label() + " with " + newDocs.size() + " changed issues and "
                + newLinks.size() + " new links");
        try {
            return LocalModel.load(Path.of(parent.artifact()))
                    .warmStart(docs, newDocs, newLinks, links, encoder, request.label());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + parent.label() + " from " + parent.artifact(), e);
        }
    }

    private static void save(LocalModel model, Path artifact) {
        try {
            Files.createDirectories(artifact.getParent());
            model.save(artifact);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + artifact, e);
        }
    }

    private static String summary(Map<String, Double> metrics) {
        var sb = new StringBuilder();
        for (var name : List.of("duplicates.recall@1", "duplicates.recall@10", "duplicates.bm25.recall@10")) {
            if (metrics.containsKey(name)) {
                sb.append(sb.isEmpty() ? "" : ", ").append(name).append(' ').append("%.3f".formatted(metrics.get(name)));
            }
        }
        return sb.toString();
    }
}
