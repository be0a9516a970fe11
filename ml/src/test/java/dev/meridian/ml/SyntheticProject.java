package dev.meridian.ml;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small project shaped like the hard cases of the real data: for each library, three near-identical "upgrade"
 * reports. Two of them, filed on the same day, are duplicates; the third was filed a year later. Text alone cannot
 * tell them apart, so BM25 ties and only a ranker that learned "duplicates are filed close in time" can.
 * Priority follows words in the text, so triage has something to learn.
 */
public final class SyntheticProject {

    public static final Instant START = Instant.parse("2022-01-01T00:00:00Z");
    static final String[] LIBRARIES = {"netty", "jetty", "guava", "jackson", "zookeeper", "protobuf", "snakeyaml",
            "bouncycastle", "kafka", "jquery", "log4j", "avro", "commons", "okhttp", "curator", "hbase", "thrift",
            "gson", "xerces", "derby"};

    public final List<IssueDocument> issues = new ArrayList<>();
    public final List<DuplicateLink> links = new ArrayList<>();

    public SyntheticProject() {
        for (int t = 0; t < LIBRARIES.length; t++) {
            var library = LIBRARIES[t];
            var day = START.plus(Duration.ofDays(30L * t));
            issues.add(issue("A" + t, "Upgrade " + library + " to fix CVE", "Bump " + library + " dependency.", day,
                    "Major"));
            issues.add(issue("B" + t, "Upgrade " + library + " to fix CVE", "Update " + library + " dependency.",
                    day.plus(Duration.ofHours(5)), "Major"));
            issues.add(issue("C" + t, "Upgrade " + library + " to fix CVE", "Bump " + library + " dependency.",
                    day.plus(Duration.ofDays(400)), "Major"));
            issues.add(issue("T" + t, "Typo in " + library + " docs", "Trivial typo, wrong spelling in the "
                    + library + " page", day, "Trivial"));
            issues.add(issue("X" + t, "NameNode crash with " + library, "Data loss: the cluster is down after the "
                    + library + " crash", day, "Blocker"));
            links.add(new DuplicateLink("B" + t, "A" + t));
        }
    }

    private static IssueDocument issue(String key, String summary, String description, Instant created,
                                       String priority) {
        return new IssueDocument(key, summary, description, created, Map.of("priority", priority));
    }
}
