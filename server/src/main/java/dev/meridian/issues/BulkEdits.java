package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.BulkResult.Entry;
import dev.meridian.issues.BulkResult.Outcome;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes many issues at once. Access is checked for all of them first (one issue the caller may not change refuses
 * the whole request, as a single edit would); then each issue changes in a transaction of its own, with its own
 * history and change event, so one issue the workflow or a field rule refuses is reported and the others still change.
 */
@Service
public class BulkEdits {

    private final IssueEditor editor;
    private final TransactionTemplate eachIssue;
    private final TransactionTemplate checks;

    BulkEdits(IssueEditor editor, PlatformTransactionManager transactions) {
        this.editor = editor;
        this.eachIssue = new TransactionTemplate(transactions);
        this.eachIssue.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checks = new TransactionTemplate(transactions);
        this.checks.setReadOnly(true);
    }

    public BulkResult apply(BulkChange change, CurrentUser by) {
        var keys = validate(change);
        checks.executeWithoutResult(tx -> keys.forEach(key -> editor.editable(key, by)));
        var entries = new ArrayList<Entry>();
        for (var key : keys) {
            entries.add(one(key, change, by));
        }
        return BulkResult.of(entries);
    }

    private Entry one(IssueKey key, BulkChange change, CurrentUser by) {
        try {
            return eachIssue.execute(tx -> {
                var before = editor.lock(key);
                var patch = change.addLabels().isEmpty() && change.removeLabels().isEmpty()
                        ? change.set() : withLabels(change.set(), labels(before.labels(), change));
                var after = editor.update(key, patch, by);
                var outcome = after.version() == before.version() ? Outcome.UNCHANGED : Outcome.UPDATED;
                return new Entry(after.key(), outcome, after.version(), null);
            });
        } catch (ProblemException e) {
            return Entry.failed(key.toString(), e);
        }
    }

    private static List<IssueKey> validate(BulkChange change) {
        if (change.keys() == null || change.keys().isEmpty() || change.keys().size() > BulkChange.MAX_ISSUES) {
            throw new InvalidInputException("keys", "name 1 to " + BulkChange.MAX_ISSUES + " issues");
        }
        var other = new HashSet<>(change.set().present());
        BulkChange.FIELDS.forEach(other::remove);
        if (!other.isEmpty()) {
            throw new InvalidInputException("set", "bulk edits change only " + String.join(", ", BulkChange.FIELDS)
                    + " (not " + String.join(", ", other) + ")");
        }
        boolean labelEdits = !change.addLabels().isEmpty() || !change.removeLabels().isEmpty();
        if (labelEdits && change.set().has("labels")) {
            throw new InvalidInputException("labels", "either replace the labels or add and remove some, not both");
        }
        if (change.set().version() != null) {
            throw new InvalidInputException("version", "a bulk edit applies to each issue as it is now; leave version out");
        }
        if (change.set().present().isEmpty() && !labelEdits) {
            throw new InvalidInputException("set", "name at least one field to change");
        }
        var keys = new LinkedHashSet<IssueKey>();
        change.keys().forEach(k -> keys.add(IssueKey.parse(k)));
        return List.copyOf(keys);
    }

    private static List<String> labels(List<String> current, BulkChange change) {
        var removed = new HashSet<String>();
        change.removeLabels().forEach(l -> removed.add(l.trim().toLowerCase(Locale.ROOT)));
        var result = new LinkedHashMap<String, String>();
        for (var label : current) {
            result.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        }
        for (var label : change.addLabels()) {
            result.putIfAbsent(label.trim().toLowerCase(Locale.ROOT), label.trim());
        }
        removed.forEach(result::remove);
        return List.copyOf(result.values());
    }

    private static IssuePatch withLabels(IssuePatch p, List<String> labels) {
        var present = new HashSet<>(p.present());
        present.add("labels");
        return new IssuePatch(present, p.version(), p.type(), p.summary(), p.description(), p.status(), p.priority(),
                p.resolution(), p.assignee(), p.reporter(), labels, p.components(), p.fixVersions(), p.affectsVersions(),
                p.storyPoints(), p.dueDate(), p.parent(), p.originalEstimate(), p.remainingEstimate());
    }
}
