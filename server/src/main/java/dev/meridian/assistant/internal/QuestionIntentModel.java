package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.QuestionIntent.Kind;
import dev.meridian.ml.Embedder;
import dev.meridian.ml.learn.LinearModel;
import dev.meridian.ml.learn.SoftmaxRegression;
import dev.meridian.training.ModelKind;
import dev.meridian.training.Models;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The question-intent model: a softmax classifier over all-MiniLM sentence vectors, trained per project on questions
 * written from templates with the project's own words ({@link IntentQuestions}) and on the questions people asked whose
 * answers they rated up ({@link RatedQuestions}, from the latest sealed snapshot), kept in the training registry as
 * kind {@value #KIND} (versions, held-out metrics, promotion, rollback). The local provider asks it first and falls
 * back to the cue words when the project has no active version or the model is unsure.
 */
@Component
class QuestionIntentModel implements ModelKind {

    static final String KIND = "question-intent";
    static final String ACCURACY = "intent.heldout.accuracy";
    static final String RATED = "intent.rated.questions";
    // A rated question is one real phrasing among hundreds of template ones: it counts as several.
    private static final double RATED_WEIGHT = 4;
    private static final int MAGIC = 0x4d514931;

    private final LexiconReader lexicons;
    private final RatedQuestions rated;
    private final Embedder embedder;
    private final Models models;
    private final Clock clock;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    QuestionIntentModel(LexiconReader lexicons, RatedQuestions rated, Embedder embedder, Models models, Clock clock) {
        this.lexicons = lexicons;
        this.rated = rated;
        this.embedder = embedder;
        this.models = models;
        this.clock = clock;
    }

    /** What the model read: the intent, its probability, and the registry's label of the version that said so. */
    record Prediction(Kind kind, double confidence, String version) {
    }

    private record Loaded(List<Kind> kinds, LinearModel model) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String baseModel() {
        return "all-MiniLM-L6-v2 + softmax";
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("fillsPerTemplate", IntentQuestions.FILLS_PER_TEMPLATE, "l2", 1e-2, "epochs", 30);
    }

    @Override
    public String primaryMetric() {
        return ACCURACY;
    }

    @Override
    public Trained train(String projectKey, Path artifact, Consumer<String> log) {
        var lexicon = lexicons.ofProject(projectKey);
        if (lexicon.projects().isEmpty()) {
            throw new IllegalStateException("project " + projectKey + " does not exist");
        }
        var questions = new ArrayList<>(IntentQuestions.of(lexicon, projectKey, 42));
        log.accept(questions.size() + " questions from " + IntentQuestions.kinds().size() + " intents and the project's words");
        var asked = rated.of(projectKey);
        questions.addAll(asked);
        log.accept(asked.size() + " questions people asked and rated the answer up (latest snapshot)");
        var vectors = embedder.embed(questions.stream().map(IntentQuestions.Question::text).toList());
        var kinds = IntentQuestions.kinds();
        var train = new ArrayList<Integer>();
        var held = new ArrayList<Integer>();
        for (int i = 0; i < questions.size(); i++) {
            (questions.get(i).heldOut() ? held : train).add(i);
        }
        var model = fit(train, questions, vectors, kinds);
        var metrics = new LinkedHashMap<String, Double>();
        metrics.put(ACCURACY, accuracy(model, held, questions, vectors, kinds, null));
        metrics.put(RATED, (double) asked.size());
        for (var kind : kinds) {
            metrics.put("intent.heldout." + kind.name().toLowerCase(java.util.Locale.ROOT), accuracy(model, held, questions, vectors, kinds, kind));
        }
        log.accept("held-out accuracy " + String.format(java.util.Locale.ROOT, "%.3f", metrics.get(ACCURACY)));
        var all = new ArrayList<Integer>(train);
        all.addAll(held);
        write(artifact, kinds, fit(all, questions, vectors, kinds));
        return new Trained(metrics, checksum(questions), clock.instant());
    }

    /** The active version's reading of {@code question}; empty when the project has none. */
    Optional<Prediction> predict(String projectKey, String question) {
        if (projectKey == null) {
            return Optional.empty();
        }
        var active = models.active(projectKey, KIND);
        if (active.isEmpty() || active.get().artifact() == null) {
            return Optional.empty();
        }
        var model = loaded.computeIfAbsent(active.get().label(), label -> read(Path.of(active.get().artifact())));
        var p = model.model().probabilities(doubles(embedder.embed(question)));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return Optional.of(new Prediction(model.kinds().get(best), p[best], active.get().label()));
    }

    private static LinearModel fit(List<Integer> rows, List<IntentQuestions.Question> questions, List<float[]> vectors, List<Kind> kinds) {
        var x = new double[rows.size()][];
        var y = new int[rows.size()];
        var w = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = doubles(vectors.get(rows.get(i)));
            y[i] = kinds.indexOf(questions.get(rows.get(i)).kind());
            w[i] = questions.get(rows.get(i)).rated() ? RATED_WEIGHT : 1;
        }
        return SoftmaxRegression.fit(x, y, kinds.size(), w, SoftmaxRegression.Options.defaults().withL2(1e-2).withEpochs(30));
    }

    private static double accuracy(LinearModel model, List<Integer> rows, List<IntentQuestions.Question> questions,
            List<float[]> vectors, List<Kind> kinds, Kind only) {
        int right = 0;
        int total = 0;
        for (int i : rows) {
            var q = questions.get(i);
            if (only != null && q.kind() != only) {
                continue;
            }
            var p = model.probabilities(doubles(vectors.get(i)));
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                best = p[c] > p[best] ? c : best;
            }
            total++;
            right += kinds.get(best) == q.kind() ? 1 : 0;
        }
        return total == 0 ? 0 : (double) right / total;
    }

    private static double[] doubles(float[] v) {
        var d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private void write(Path artifact, List<Kind> kinds, LinearModel model) {
        try {
            Files.createDirectories(artifact.getParent());
            try (var out = new DataOutputStream(Files.newOutputStream(artifact))) {
                out.writeInt(MAGIC);
                out.writeUTF(embedder.name());
                out.writeInt(kinds.size());
                for (var kind : kinds) {
                    out.writeUTF(kind.name());
                }
                model.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Loaded read(Path artifact) {
        try (var in = new DataInputStream(Files.newInputStream(artifact))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException(artifact + " is not a question-intent model");
            }
            var encoder = in.readUTF();
            if (!encoder.equals(embedder.name())) {
                throw new IllegalStateException(artifact + " was trained on " + encoder + ", not " + embedder.name());
            }
            var kinds = new ArrayList<Kind>();
            for (int n = in.readInt(); n > 0; n--) {
                kinds.add(Kind.valueOf(in.readUTF()));
            }
            return new Loaded(kinds, LinearModel.readFrom(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(List<IntentQuestions.Question> questions) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            questions.forEach(q -> digest.update((q.kind() + "\t" + q.text() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
