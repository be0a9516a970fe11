package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.BulkResult.Entry;
import dev.meridian.issues.BulkResult.Outcome;
import dev.meridian.issues.internal.IssueMover;
import dev.meridian.issues.internal.MovePlanner;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.ProblemException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moving issues to another project, as Jira's More → Move and bulk Move: each with its sub-tasks, under the project's
 * next keys, while its old key keeps finding it. Open to those who may delete it where it is (its project's admins,
 * its reporter) and create issues where it goes (members and admins).
 */
@Service
public class IssueMoves {

    private final IssueMover mover;
    private final MovePlanner planner;
    private final TransactionTemplate eachIssue;
    private final TransactionTemplate checks;

    IssueMoves(IssueMover mover, MovePlanner planner, PlatformTransactionManager transactions) {
        this.mover = mover;
        this.planner = planner;
        this.eachIssue = new TransactionTemplate(transactions);
        this.eachIssue.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checks = new TransactionTemplate(transactions);
        this.checks.setReadOnly(true);
    }

    /**
     * {@code project}: the key of the project to move to. {@code types}, {@code statuses}: for a type or status the
     * project has none of the same name, the one to take instead (old name to new name); the others go by name.
     */
    public record Move(String project, Map<String, String> types, Map<String, String> statuses) {
    }

    /** Many issues to one project, with one choice for each type and status it lacks, whichever issues have it. */
    public record BulkMove(List<String> keys, String project, Map<String, String> types, Map<String, String> statuses) {
    }

    /** The moved issue, as its panel shows it; all of it or nothing, in one transaction. */
    @Transactional
    public IssueView move(String key, Move request, CurrentUser by) {
        return mover.move(IssueKey.parse(key), request.project(), request.types(), request.statuses(), by);
    }

    /** What moving the issues would do and what it needs chosen; nothing moves. */
    @Transactional(readOnly = true)
    public MovePlan plan(BulkMove request, CurrentUser by) {
        return planner.plan(keys(request), request.project(), request.types(), request.statuses(), by, false);
    }

    /**
     * Checks the selection as a whole first (access to every issue, the project, a choice for each type and status it
     * lacks: any refusal refuses all), then moves each selected issue in a transaction of its own, so one that changed
     * meanwhile is reported and the others still move. Selected sub-tasks go with their selected parent and answer as
     * it did; those without it are refused. Each entry names the issue by the key it was asked by.
     */
    public BulkResult moveAll(BulkMove request, CurrentUser by) {
        var plan = checks.execute(tx -> planner.plan(keys(request), request.project(), request.types(), request.statuses(), by, true));
        var entries = new LinkedHashMap<String, Entry>();
        for (var key : plan.moving()) {
            entries.put(key, one(key, request, by));
        }
        plan.refused().forEach(refused -> entries.put(refused.key(), Entry.failed(refused.key(), new ConflictException(refused.detail()))));
        for (var along : plan.along()) {
            var parent = entries.get(along.parent());
            entries.put(along.key(), parent.outcome() == Outcome.UPDATED ? new Entry(along.key(), Outcome.UPDATED, null, null)
                    : Entry.failed(along.key(), new ConflictException(along.key() + " is a sub-task: it moves with its parent "
                            + along.parent() + ", which was not moved")));
        }
        return BulkResult.of(keys(request).stream().map(key -> entries.get(key.toString())).filter(Objects::nonNull).toList());
    }

    private Entry one(String key, BulkMove request, CurrentUser by) {
        try {
            var moved = eachIssue.execute(tx -> mover.move(IssueKey.parse(key), request.project(), request.types(), request.statuses(), by));
            return new Entry(key, Outcome.UPDATED, moved.version(), null);
        } catch (ProblemException e) {
            return Entry.failed(key, e);
        }
    }

    private static List<IssueKey> keys(BulkMove request) {
        if (request.keys() == null || request.keys().isEmpty() || request.keys().size() > BulkChange.MAX_ISSUES) {
            throw new InvalidInputException("keys", "name 1 to " + BulkChange.MAX_ISSUES + " issues to move");
        }
        var keys = new LinkedHashSet<IssueKey>();
        request.keys().forEach(key -> keys.add(IssueKey.parse(key)));
        return List.copyOf(keys);
    }
}
