package dev.meridian.ml.evaluation;

import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.duplicates.CandidateIndex;
import dev.meridian.ml.duplicates.DuplicateEvaluation;
import dev.meridian.ml.duplicates.DuplicateQuery;
import dev.meridian.ml.embedding.CachingEmbedder;
import dev.meridian.ml.embedding.MiniLmEmbedder;
import dev.meridian.ml.learn.HeldOut;
import dev.meridian.ml.text.IssueProfile;
import dev.meridian.ml.triage.TriageEvaluation;
import dev.meridian.ml.triage.TriageModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints the model-quality table on the Apache Hadoop demo data. Arguments: the data folder and a cache folder
 * (embedding cache and native-library caches).
 */
public final class EvaluationRunner {

    static final List<String> FIELDS = List.of("priority", "status", "resolution", "affectsVersion");

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var cache = Path.of(args[1]);
        var clock = new Stopwatch();
        var issues = HadoopCsv.issues(data.resolve("issues.csv"));
        var all = HadoopCsv.duplicates(data.resolve("duplicates-all.csv"));
        var train = HadoopCsv.duplicates(data.resolve("duplicates-train.csv"));
        var test = HadoopCsv.duplicates(data.resolve("duplicates-test.csv"));
        try (var minilm = MiniLmEmbedder.load(cache, 2)) {
            var embedder = new CachingEmbedder(minilm, cache.resolve("embeddings.bin"));
            var profiles = IssueProfile.of(issues, embedder);
            System.out.printf("%d issues embedded and analysed in %.1f s (embeddings cached in %s)%n%n",
                    issues.size(), clock.lap(), cache);
            if (System.getProperty("section", "").equals("latency")) {
                LatencyReport.print(issues, HadoopCsv.links(all), embedder, cache);
                return;
            }
            if (System.getProperty("section", "duplicates").equals("triage")) {
                triage(issues, profiles);
                return;
            }
            duplicates(new DuplicateEvaluation(new CandidateIndex(profiles)), all, train, test);
            registrySplit(issues, HadoopCsv.links(all), embedder);
            if (System.getProperty("section", "").equals("duplicates")) {
                return;
            }
            System.out.printf("(duplicates: %.1f s)%n%n", clock.lap());
            triage(issues, profiles);
            System.out.printf("(triage: %.1f s)%n%n", clock.lap());
            WarmStartComparison.print(issues, profiles, FIELDS);
            System.out.printf("(warm start: %.1f s)%n%n", clock.lap());
            ArtifactReport.print(issues, HadoopCsv.links(all), embedder, cache);
            System.out.printf("(artifact: %.1f s; total %.1f s)%n", clock.lap(), clock.total());
        }
    }

    private static void duplicates(DuplicateEvaluation evaluation, List<DuplicateQuery> all,
                                   List<DuplicateQuery> train, List<DuplicateQuery> test) {
        System.out.println("Duplicate retrieval: for each known pair, rank all 2,502 other issues");
        System.out.println("| method | pairs | Recall@1 | Recall@5 | Recall@10 | MRR |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        row("BM25 (summary + description), baseline", "all 126", evaluation.bm25(all));
        row("cosine, MiniLM summary + description", "all 126", evaluation.signal(all, "cosine.full"));
        row("reciprocal rank fusion (BM25 + 2 cosines), untrained", "all 126", evaluation.fusion(all));
        row("trained ranker, 5-fold cross-validation x3", "all 126", evaluation.crossValidated(all, 5, 3));
        if (System.getProperty("sweep") != null) {
            // the tree settings are chosen by cross-validation on the 100 training pairs only
            var settings = new java.util.LinkedHashMap<String, dev.meridian.ml.learn.BoostedTrees.Options>();
            settings.put("linear only", null);
            settings.put("60 trees, depth 3, shrink 0.1, min 30", new dev.meridian.ml.learn.BoostedTrees.Options(60, 3, 0.1, 30, 1));
            settings.put("30 trees, depth 2, shrink 0.1, min 50", new dev.meridian.ml.learn.BoostedTrees.Options(30, 2, 0.1, 50, 1));
            settings.put("100 trees, depth 3, shrink 0.05, min 30", new dev.meridian.ml.learn.BoostedTrees.Options(100, 3, 0.05, 30, 1));
            settings.put("60 trees, depth 4, shrink 0.1, min 50", new dev.meridian.ml.learn.BoostedTrees.Options(60, 4, 0.1, 50, 1));
            settings.forEach((name, options) -> row("sweep: " + name + ", 5-fold CV x3", "train 100",
                    evaluation.crossValidated(train, 5, 3, options)));
        }
        row("BM25 (summary + description), baseline", "test 26", evaluation.bm25(test));
        row("trained ranker, trained on the 100 train pairs", "test 26", evaluation.trained(train, test));
        System.out.println();
    }

    /**
     * The figures the server's registry records: {@code LocalModel.train}'s stable 20% hash split of the pairs, which
     * hashes issue keys. Printed twice: with the CSV's ids, and with the keys the server's import gives the demo project
     * (HADOOP-1, -2... in order of creation, then of id), which is the split {@code bench/run-inference-bench.sh} shows.
     */
    private static void registrySplit(List<IssueDocument> issues, List<dev.meridian.ml.DuplicateLink> links,
                                      dev.meridian.ml.Embedder embedder) {
        registrySplit("CSV ids", issues, links, embedder);
        var ordered = new ArrayList<>(issues);
        ordered.sort(Comparator.comparing(IssueDocument::created, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(issue -> Long.parseLong(issue.key())));
        var keys = new java.util.HashMap<String, String>();
        for (int i = 0; i < ordered.size(); i++) {
            keys.put(ordered.get(i).key(), "HADOOP-" + (i + 1));
        }
        var renamed = issues.stream().map(issue -> new IssueDocument(keys.get(issue.key()), issue.summary(),
                issue.description(), issue.created(), issue.fields())).toList();
        var renamedLinks = links.stream().filter(l -> keys.containsKey(l.issueKey()) && keys.containsKey(l.duplicateKey()))
                .map(l -> new dev.meridian.ml.DuplicateLink(keys.get(l.issueKey()), keys.get(l.duplicateKey()))).toList();
        registrySplit("server keys", renamed, renamedLinks, embedder);
        System.out.println();
    }

    private static void registrySplit(String name, List<IssueDocument> issues, List<dev.meridian.ml.DuplicateLink> links,
                                      dev.meridian.ml.Embedder embedder) {
        var metrics = dev.meridian.ml.LocalModel.train(issues, links, List.of(), embedder, "registry-split")
                .metadata().metrics();
        System.out.printf("Registry held-out split by %s (LocalModel.train metrics, %.0f held-out queries):%n", name,
                metrics.get("duplicates.heldOutPairs"));
        for (String prefix : List.of("duplicates.bm25.", "duplicates.")) {
            System.out.printf("  %-18s recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  mrr %.3f%n", prefix,
                    metrics.get(prefix + "recall@1"), metrics.get(prefix + "recall@5"),
                    metrics.get(prefix + "recall@10"), metrics.get(prefix + "mrr"));
        }
    }

    private static void row(String method, String pairs, dev.meridian.ml.duplicates.RankingMetrics m) {
        System.out.printf("| %s | %s | %.3f | %.3f | %.3f | %.3f |%n", method, pairs, m.recallAt1(), m.recallAt5(),
                m.recallAt10(), m.mrr());
    }

    private static void triage(List<IssueDocument> issues, List<IssueProfile> profiles) {
        var split = Split.of(issues, profiles);
        var model = TriageModel.train(split.trainIssues(), split.trainProfiles(), FIELDS);
        var scores = TriageEvaluation.of(model, split.trainIssues(), split.testIssues(), split.testProfiles());
        System.out.printf("Triage heads: trained on %d issues, scored on %d held-out issues (stable 20%% hash split)%n",
                split.trainIssues().size(), split.testIssues().size());
        System.out.println("| field | classes | macro-F1 majority | macro-F1 model | accuracy majority | accuracy model |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        scores.values().forEach(s -> System.out.printf("| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", s.field(),
                s.classes(), s.majorityMacroF1(), s.modelMacroF1(), s.majorityAccuracy(), s.modelAccuracy()));
        System.out.println();
    }

    record Split(List<IssueDocument> trainIssues, List<IssueProfile> trainProfiles, List<IssueDocument> testIssues,
                 List<IssueProfile> testProfiles) {

        static Split of(List<IssueDocument> issues, List<IssueProfile> profiles) {
            var split = new Split(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < issues.size(); i++) {
                boolean test = HeldOut.contains(issues.get(i).key(), 20);
                (test ? split.testIssues : split.trainIssues).add(issues.get(i));
                (test ? split.testProfiles : split.trainProfiles).add(profiles.get(i));
            }
            return split;
        }

        Split sortedByCreation() {
            var order = new ArrayList<Integer>();
            for (int i = 0; i < trainIssues.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> trainIssues.get(i).created()));
            return new Split(order.stream().map(trainIssues::get).toList(),
                    order.stream().map(trainProfiles::get).toList(), testIssues, testProfiles);
        }
    }

    static final class Stopwatch {
        private final long start = System.nanoTime();
        private long last = start;

        double lap() {
            long now = System.nanoTime();
            double seconds = (now - last) / 1e9;
            last = now;
            return seconds;
        }

        double total() {
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
