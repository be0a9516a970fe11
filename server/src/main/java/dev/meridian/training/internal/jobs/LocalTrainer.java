package dev.meridian.training.internal.jobs;

import dev.meridian.ml.Embedder;
import dev.meridian.ml.LocalModel;
import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.event.Person;
import dev.meridian.projects.ProjectMembers;
import dev.meridian.training.TrainingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Trains the embedded default model in this process: triage heads and the duplicate ranker of {@code dev.meridian.ml},
 * on the job's sealed dataset snapshot, the anonymized records the pipeline also writes for Bedrock: the snapshot's
 * document records give the text, the fields and the duplicate links ({@code fields.links}); nothing is read from the
 * live issues, so an issue changed after sealing is learnt as it was sealed, and redacted text stays redacted. The
 * assignee head must suggest real people: each member's pseudonym is computed with the pipeline's own {@link Pseudonyms}
 * under the same key and mapped back to the member; a pseudonym of nobody in the project is left out. An incremental run
 * warm-starts the active version with the records that are new or differ from those of the snapshot it was trained on.
 */
@Component
class LocalTrainer implements Trainer {

    private final TrainingData data;
    private final ProjectMembers members;
    private final Pseudonyms pseudonyms;
    private final Embedder embedder;
    private final TrainingProperties settings;

    LocalTrainer(TrainingData data, ProjectMembers members, WorkerSettings pipeline, Embedder embedder,
            TrainingProperties settings) {
        this.data = data;
        this.members = members;
        this.pseudonyms = new Pseudonyms(pipeline.pseudonymKey());
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
        var project = request.projectKey();
        var lineage = request.lineage();
        if (lineage == null) {
            throw new Refused(project + " has no sealed dataset snapshot to train on: the pipeline has stored no records of"
                    + " it (is MERIDIAN_PIPELINE_ENABLED on, and AI training on for the project?); backfill it with POST"
                    + " /api/v1/training/datasets/" + project + "/backfill");
        }
        var snapshot = SnapshotDocuments.read(data, project, lineage.snapshotId(), settings.fields(), people(project));
        var docs = snapshot.documents();
        if (docs.size() < settings.minIssues()) {
            throw new Refused("Dataset snapshot " + lineage.snapshotId() + " of " + project + " has " + docs.size()
                    + " issues; a model needs at least " + settings.minIssues() + " (MERIDIAN_TRAINING_MIN_ISSUES)");
        }
        progress.report(5, "read " + docs.size() + " issues and " + snapshot.links().size() + " duplicate links from dataset snapshot "
                + lineage.snapshotId() + (snapshot.unknownPeople() == 0 ? ""
                        : "; " + snapshot.unknownPeople() + " pseudonyms are no member of " + project + " and are left out"));
        var encoder = new ProgressEmbedder(embedder, progress, settings.embeddingBatch(), 2 * docs.size(), 5, 60);
        long started = System.nanoTime();
        var model = "incremental".equals(request.mode()) && request.parent() != null
                ? warmStart(request, snapshot, encoder, progress)
                : LocalModel.train(docs, snapshot.links(), settings.fields(), encoder, request.label());
        var meta = model.metadata();
        progress.report(90, "trained on " + meta.issues() + " issues and " + meta.duplicateLinks() + " links in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; held-out " + summary(meta.metrics()));
        save(model, request.artifact());
        progress.report(95, "saved " + request.artifact().getFileName());
        return new Result(meta.metrics(), meta.dataChecksum(), lineage.sealedAt(), request.artifact().toString(), null, null);
    }

    /** Pseudonym → display name of each member of the project, as the pipeline names people (by user id). */
    private Map<String, String> people(String project) {
        var people = new HashMap<String, String>();
        members.of(project).forEach(m -> people.put(pseudonyms.of(new Person(m.user().id(), m.user().email(),
                m.user().displayName())), m.user().displayName()));
        return people;
    }

    private LocalModel warmStart(Request request, SnapshotDocuments snapshot, Embedder encoder, Progress progress) {
        var parent = request.parent();
        if (parent.datasetSnapshot() == null) {
            throw new Refused(parent.label() + " was not trained on a dataset snapshot, so there is nothing to tell new records"
                    + " from; run a full training");
        }
        var changed = snapshot.changedSince(SnapshotDocuments.lines(data, request.projectKey(), parent.datasetSnapshot()));
        if (changed.isEmpty()) {
            var sealed = request.lineage().snapshotId();
            throw new Refused("No issue of " + request.projectKey() + " changed since " + parent.label() + " was trained ("
                    + (sealed.equals(parent.datasetSnapshot()) ? "no records arrived after dataset snapshot " + sealed
                            : "dataset snapshots " + parent.datasetSnapshot() + " and " + sealed + " hold the same records")
                    + "); run a full training or wait for new issues");
        }
        var newDocs = snapshot.documents().stream().filter(d -> changed.contains(d.key())).toList();
        var newLinks = snapshot.links().stream()
                .filter(l -> changed.contains(l.issueKey()) || changed.contains(l.duplicateKey())).toList();
        progress.report(6, "warm start from " + parent.label() + " with " + newDocs.size() + " changed issues and "
                + newLinks.size() + " new links (records new or changed since dataset snapshot " + parent.datasetSnapshot() + ")");
        try {
            return LocalModel.load(Path.of(parent.artifact()))
                    .warmStart(snapshot.documents(), newDocs, newLinks, snapshot.links(), encoder, request.label());
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
