package dev.meridian.training;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueKey;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.platform.ProblemException;
import dev.meridian.training.internal.inference.LiveIndexes;
import dev.meridian.training.internal.inference.ProjectIndex;
import dev.meridian.training.internal.jobs.TrainingJobs;
import dev.meridian.training.internal.predictions.PredictionLog;
import dev.meridian.training.internal.registry.ModelRegistry;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Answers from each project's active model version, over a similar-issue index that follows every change through
 * the outbox. Every answer names the model version that produced it. Callers only ever see issues of projects they
 * may browse.
 */
@Service
public class Inference {

    static final int MAX_LIMIT = 50;

    private static final Logger log = LoggerFactory.getLogger(Inference.class);

    private final LiveIndexes indexes;
    private final ProjectAccess access;
    private final Clock clock;
    private final ModelRegistry registry;
    private final PredictionLog predictions;

    Inference(LiveIndexes indexes, ProjectAccess access, Clock clock, ModelRegistry registry, PredictionLog predictions) {
        this.indexes = indexes;
        this.access = access;
        this.clock = clock;
        this.registry = registry;
        this.predictions = predictions;
    }

    /**
     * Issues most likely to duplicate or resemble {@code issueKey}, best first, itself excluded.
     *
     * @throws dev.meridian.platform.NotFoundException the issue does not exist or the caller may not browse it
     * @throws NoActiveModelException the project has no active model
     */
    public SimilarIssuesAnswer similar(String issueKey, int limit, CurrentUser caller) {
        var key = IssueKey.parse(issueKey);
        var index = index(access.browse(key.project(), caller).key());
        if (!index.contains(key.toString())) {
            indexes.refresh(index, key.toString());
        }
        if (!index.contains(key.toString())) {
            throw new NotFoundException("Issue", key);
        }
        var answer = new SimilarIssuesAnswer(key.toString(), index.label(), index.similarTo(key.toString(), clamp(limit)));
        predictions.record(new PredictionLog.Prediction(clock.instant(), key.project(), "similar", answer.modelVersion(),
                answer.issueKey(), caller.id(), answer.issues()));
        return answer;
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
        var answer = index(project.key()).suggest(summary, description, clock.instant(), 5);
        predictions.record(new PredictionLog.Prediction(clock.instant(), project.key(), "suggestions", answer.modelVersion(),
                clip(summary.isBlank() ? description : summary), caller.id(), answer));
        return answer;
    }

    /**
     * The loaded index of the project's active version. An active version whose artifact file is gone is marked broken
     * and the version active before it answers instead; with none left, a 503 says what to do.
     */
    private ProjectIndex index(String projectKey) {
        while (true) {
            try {
                return indexes.forProject(projectKey);
            } catch (UncheckedIOException e) {
                var active = registry.active(projectKey, TrainingJobs.KIND).orElseThrow(() -> e);
                var artifact = Path.of(active.artifact());
                if (Files.isReadable(artifact)) {
                    throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Model " + active.label() + " could not be loaded from "
                            + artifact + " (" + e.getCause() + "); try again, or promote another version").with("modelVersion", active.label());
                }
                var restored = registry.markBroken(active.id(), "its artifact " + artifact + " is missing", null);
                log.warn("Model {} of {} is broken (artifact {} missing); {}", active.label(), projectKey, artifact,
                        restored.map(v -> v.label() + " answers instead").orElse("no version left to answer"));
                if (restored.isEmpty()) {
                    throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Model " + active.label() + " of " + projectKey
                            + " is broken: its artifact " + artifact + " is missing, and no earlier version can take over; a project "
                            + "admin can train a new one with POST /api/v1/training/jobs {\"project\": \"" + projectKey + "\"}")
                            .with("modelVersion", active.label()).with("artifact", artifact.toString());
                }
            }
        }
    }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
