package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.ImportWriter;
import dev.meridian.projects.ProjectRef;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes issues that come from another tracker: keys in the given order, their own dates, their external ids,
 * and one {@code issue.created} change event each. Values must already exist in the project's scheme.
 */
@Service
public class IssueImport {

    private final ImportWriter writer;

    IssueImport(ImportWriter writer) {
        this.writer = writer;
    }

    /** Returns the key given to each external id; external ids already in the project are skipped, not duplicated. */
    @Transactional
    public Result write(ProjectRef project, List<ImportedIssue> issues, CurrentUser by) {
        return writer.write(project, issues, by);
    }

    /** Links between issues named by external id, such as a tracker's duplicate pairs. */
    @Transactional
    public LinkResult link(ProjectRef project, String linkType, List<Map.Entry<String, String>> pairs, CurrentUser by) {
        return writer.link(project, linkType, pairs, by);
    }

    public record Result(Map<String, String> keys, Map<String, String> alreadyImported, List<String> warnings) {
    }

    public record LinkResult(int created, List<String> rejected) {
    }
}
