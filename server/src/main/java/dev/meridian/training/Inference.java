package dev.meridian.training;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueKey;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.training.internal.inference.LiveIndexes;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Answers from each project's active model version, over a similar-issue index that follows every change through
 * the outbox. Every answer names the model version that produced it. Callers only ever see issues of projects they
 * may browse.
 */
@Service
public class Inference {

    static final int MAX_LIMIT = 50;

    private final LiveIndexes indexes;
    private final ProjectAccess access;
    private final Clock clock;

    Inference(LiveIndexes indexes, ProjectAccess access, Clock clock) {
        this.indexes = indexes;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Issues most likely to duplicate or resemble {@code issueKey}, best first, itself excluded.
     *
     * @throws dev.meridian.platform.NotFoundException the issue does not exist or the caller may not browse it
     * @throws NoActiveModelException the project has no active model
     */
    public SimilarIssuesAnswer similar(String issueKey, int limit, CurrentUser caller) {
        var key = IssueKey.parse(issueKey);
        var index = indexes.forProject(access.browse(key.project(), caller).key());
        if (!index.contains(key.toString())) {
            indexes.refresh(index, key.toString());
        }
        if (!index.contains(key.toString())) {
            throw new NotFoundException("Issue", key);
        }
        return new SimilarIssuesAnswer(key.toString(), index.label(), index.similarTo(key.toString(), clamp(limit)));
    }

    /**
     * Triage suggestions and possible duplicates for a draft of an issue in {@code projectKey}.
     *
     * @throws dev.meridian.platform.NotFoundException the caller may not browse the project
     * @throws InvalidInputException summary and description are both blank
     * @throws NoActiveModelException the project has no active model
     */
    public Suggestions suggest(String projectKey, Draft draft, CurrentUser caller) {
        var project = access.browse(projectKey, caller);
        var summary = draft == null || draft.summary() == null ? "" : draft.summary();
        var description = draft == null || draft.description() == null ? "" : draft.description();
        if (summary.isBlank() && description.isBlank()) {
            throw new InvalidInputException("summary", "write a summary or a description to get suggestions for");
        }
        var index = indexes.forProject(project.key());
        return index.suggest(summary, description, clock.instant(), 5);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
