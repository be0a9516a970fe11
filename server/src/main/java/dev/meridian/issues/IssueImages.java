package dev.meridian.issues;

import dev.meridian.issues.internal.IssuePages;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every issue of a project with its comments, as their change events carry them, a page at a time: what the training
 * data backfill re-emits. No access check: the caller has checked that the user administers the project.
 */
@Service
public class IssueImages {

    private final IssuePages pages;

    IssueImages(IssuePages pages) {
        this.pages = pages;
    }

    /** An issue with its comments. */
    public record Image(IssueView issue, List<CommentView> comments) {
    }

    /** How many issues the project has now (a backfill's progress is measured against it). */
    public int count(String projectKey) {
        return pages.count(projectKey);
    }

    /**
     * Up to {@code size} issues with an id above {@code afterId}, in id order; the rows stay share-locked until the
     * caller's transaction ends (so it can take event ids that order after every change the page reflects).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Image> page(String projectKey, long afterId, int size) {
        return pages.lockPage(projectKey, afterId, size).stream()
                .map(id -> new Image(pages.view(id), pages.comments(id)))
                .toList();
    }
}
