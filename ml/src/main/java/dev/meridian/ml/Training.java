package dev.meridian.ml;

import dev.meridian.ml.duplicates.CandidateIndex;
import dev.meridian.ml.duplicates.DuplicateEvaluation;
import dev.meridian.ml.duplicates.DuplicateQuery;
import dev.meridian.ml.duplicates.DuplicateRanker;
import dev.meridian.ml.duplicates.RankingMetrics;
import dev.meridian.ml.learn.HeldOut;
import dev.meridian.ml.text.IssueProfile;
import dev.meridian.ml.triage.TriageEvaluation;
import dev.meridian.ml.triage.TriageModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Full and incremental training with the same held-out split, so their metrics compare. */
final class Training {

    private static final int HELD_OUT_PERCENT = 20;
    private static final int WARM_EPOCHS = 5;

    private Training() {
    }

    static LocalModel full(List<IssueDocument> issues, List<DuplicateLink> links, List<String> fields,
                           Embedder embedder, String version) {
        long start = System.nanoTime();
        var profiles = IssueProfile.of(issues, embedder);
        var split = Split.of(issues, profiles, Set.of());
        // A tiny project may hash every issue into the held-out part: learn from all of them, and report no triage metrics.
        var triage = split.trainIssues.isEmpty() ? TriageModel.train(issues, profiles, fields)
                : TriageModel.train(split.trainIssues, split.trainProfiles, fields);
        var evaluation = new DuplicateEvaluation(new CandidateIndex(profiles));
        var trainQueries = queries(links, false);
        var ranker = trainQueries.isEmpty() ? DuplicateRanker.untrained() : evaluation.train(trainQueries);
        var metrics = metrics(triage, split, evaluation, ranker, queries(links, true));
        return new LocalModel(metadata(version, "", "full", embedder, issues, links, start, metrics), triage, ranker);
    }

    static LocalModel incremental(LocalModel previous, List<IssueDocument> allIssues, List<IssueDocument> newIssues,
                                  List<DuplicateLink> newLinks, List<DuplicateLink> allLinks, Embedder embedder,
                                  String version) {
        long start = System.nanoTime();
        var profiles = IssueProfile.of(allIssues, embedder);
        var newKeys = new HashSet<String>();
        newIssues.forEach(issue -> newKeys.add(issue.key()));
        var split = Split.of(allIssues, profiles, newKeys);
        var triage = split.newIssues.isEmpty() ? previous.triage()
                : previous.triage().warmStart(split.newIssues, split.newProfiles, WARM_EPOCHS);
        var index = new CandidateIndex(profiles);
        var newTrainLinks = newLinks.stream().filter(link -> !heldOut(link)).toList();
        var ranker = newTrainLinks.isEmpty() ? previous.ranker() : previous.ranker().warmStart(index, newTrainLinks);
        var metrics = metrics(triage, split, new DuplicateEvaluation(index), ranker, queries(allLinks, true));
        var metadata = metadata(version, previous.metadata().version(), "incremental", embedder, allIssues, allLinks,
                start, metrics);
        return new LocalModel(metadata, triage, ranker);
    }

    private static Map<String, Double> metrics(TriageModel triage, Split split, DuplicateEvaluation evaluation,
                                               DuplicateRanker ranker, List<DuplicateQuery> heldOutQueries) {
        var metrics = new LinkedHashMap<String, Double>();
        if (!split.testIssues.isEmpty() && !split.trainIssues.isEmpty()) {
            TriageEvaluation.of(triage, split.trainIssues, split.testIssues, split.testProfiles).forEach((f, s) -> {
                metrics.put("triage." + f + ".macroF1", s.modelMacroF1());
                metrics.put("triage." + f + ".majorityMacroF1", s.majorityMacroF1());
                metrics.put("triage." + f + ".accuracy", s.modelAccuracy());
            });
            TriageEvaluation.storyPoints(triage, split.testIssues, split.testProfiles).ifPresent(s -> {
                metrics.put("triage.storyPoints.mae", s.modelMae());
                metrics.put("triage.storyPoints.baselineMae", s.medianMae());
                metrics.put("triage.storyPoints.heldOutIssues", (double) s.issues());
            });
        }
        if (!heldOutQueries.isEmpty()) {
            put(metrics, "duplicates.", evaluation.of(ranker, heldOutQueries));
            put(metrics, "duplicates.bm25.", evaluation.bm25(heldOutQueries));
            metrics.put("duplicates.heldOutPairs", (double) heldOutQueries.size());
        }
        return metrics;
    }

    private static void put(Map<String, Double> metrics, String prefix, RankingMetrics m) {
        metrics.put(prefix + "recall@1", m.recallAt1());
        metrics.put(prefix + "recall@5", m.recallAt5());
        metrics.put(prefix + "recall@10", m.recallAt10());
        metrics.put(prefix + "mrr", m.mrr());
    }

    /** A pair and its reverse fall on the same side: the split hashes the smaller key of the two. */
    private static boolean heldOut(DuplicateLink link) {
        var smaller = link.issueKey().compareTo(link.duplicateKey()) <= 0 ? link.issueKey() : link.duplicateKey();
        return HeldOut.contains("pair:" + smaller, HELD_OUT_PERCENT);
    }

    private static List<DuplicateQuery> queries(List<DuplicateLink> links, boolean heldOut) {
        var duplicatesOf = new LinkedHashMap<String, Set<String>>();
        links.stream().filter(link -> heldOut(link) == heldOut)
                .forEach(link -> duplicatesOf.computeIfAbsent(link.issueKey(), k -> new HashSet<>())
                        .add(link.duplicateKey()));
        var queries = new ArrayList<DuplicateQuery>();
        duplicatesOf.forEach((key, duplicates) -> queries.add(new DuplicateQuery(key, Set.copyOf(duplicates))));
        return queries;
    }

    private static ModelMetadata metadata(String version, String parent, String mode, Embedder embedder,
                                          List<IssueDocument> issues, List<DuplicateLink> links, long start,
                                          Map<String, Double> metrics) {
        return new ModelMetadata(version, parent, mode, embedder.name(), checksum(issues, links), issues.size(),
                links.size(), Instant.now(), (System.nanoTime() - start) / 1_000_000, metrics);
    }

    /** SHA-256 over the training data in key order, so the same snapshot always gives the same checksum. */
    static String checksum(List<IssueDocument> issues, List<DuplicateLink> links) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            issues.stream().sorted(Comparator.comparing(IssueDocument::key)).forEach(issue -> {
                update(digest, issue.key(), issue.summary(), issue.description(), String.valueOf(issue.created()));
                new java.util.TreeMap<>(issue.fields()).forEach((k, v) -> update(digest, k, v));
            });
            links.stream().map(l -> l.issueKey() + "->" + l.duplicateKey()).sorted().forEach(l -> update(digest, l));
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private record Split(List<IssueDocument> trainIssues, List<IssueProfile> trainProfiles,
                         List<IssueDocument> testIssues, List<IssueProfile> testProfiles,
                         List<IssueDocument> newIssues, List<IssueProfile> newProfiles) {

        static Split of(List<IssueDocument> issues, List<IssueProfile> profiles, Set<String> newKeys) {
            var split = new Split(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < issues.size(); i++) {
                var issue = issues.get(i);
                boolean test = HeldOut.contains(issue.key(), HELD_OUT_PERCENT);
                (test ? split.testIssues : split.trainIssues).add(issue);
                (test ? split.testProfiles : split.trainProfiles).add(profiles.get(i));
                if (!test && newKeys.contains(issue.key())) {
                    split.newIssues.add(issue);
                    split.newProfiles.add(profiles.get(i));
                }
            }
            return split;
        }
    }

}
