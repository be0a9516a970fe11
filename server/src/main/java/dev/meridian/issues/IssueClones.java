package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.IssueCloner;
import dev.meridian.issues.internal.LinkStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cloning an issue, as Jira's More → Clone: the clone is linked to the original ("clones") and can bring its sub-tasks and links. */
@Service
public class IssueClones {

    private static final String CLONERS = "Cloners";

    private final IssueCloner cloner;
    private final IssueLinks links;
    private final LinkStore linkStore;
    private final Issues issues;

    IssueClones(IssueCloner cloner, IssueLinks links, LinkStore linkStore, Issues issues) {
        this.cloner = cloner;
        this.links = links;
        this.linkStore = linkStore;
        this.issues = issues;
    }

    /** {@code summary}: the clone's, or null for "CLONE - " and the original's. */
    public record Clone(String summary, boolean subtasks, boolean links) {
    }

    /** The clone, as its panel shows it; in one transaction, so a refused link leaves no clone behind. */
    @Transactional
    public IssueView clone(String key, Clone request, CurrentUser by) {
        var original = IssueKey.parse(key);
        var clone = cloner.copy(original, request.summary(), request.subtasks(), by);
        if (request.links()) {
            // Its own clone links say where the original came from and went, not the clone.
            for (var link : issues.get(original.toString(), by).links()) {
                if (!link.type().equals(CLONERS)) {
                    links.link(clone.key(), link.description(), link.key(), by);
                }
            }
        }
        linkStore.type(CLONERS, "clones", "is cloned by");
        links.link(clone.key(), "clones", original.toString(), by);
        return issues.get(clone.key(), by);
    }
}
