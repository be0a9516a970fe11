package dev.meridian.issues;

import dev.meridian.issues.internal.CorpusReads;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk reads of a project's issues and duplicate links for model training and the similar-issue index. No caller is
 * checked here: it serves background jobs, and their callers check access to the project before they start one.
 */
@Service
public class IssueCorpus {

    private final CorpusReads reads;

    IssueCorpus(CorpusReads reads) {
        this.reads = reads;
    }

    /** Every issue of the project, oldest first; empty for an unknown project. */
    @Transactional(readOnly = true)
    public List<CorpusIssue> issues(String projectKey) {
        return reads.issues(projectKey);
    }

    @Transactional(readOnly = true)
    public Optional<CorpusIssue> issue(String key) {
        return reads.issue(key);
    }

    /** How many issues of the project were created or changed after {@code since} (all of them when it is null). */
    @Transactional(readOnly = true)
    public long changedSince(String projectKey, java.time.Instant since) {
        return reads.changedSince(projectKey, since);
    }

    /** Pairs of issue keys linked as duplicates within the project: (the duplicate, the issue it duplicates). */
    @Transactional(readOnly = true)
    public List<DuplicatePair> duplicates(String projectKey) {
        return reads.duplicates(projectKey);
    }

    public record DuplicatePair(String duplicateKey, String originalKey) {
    }
}
