package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueView.LinkView;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.IssueEvents;
import dev.meridian.issues.internal.LinkStore;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between issues (blocks, duplicates, relates to, clones). A link is named from either side: "KEY-1 is blocked
 * by KEY-2" is stored as "KEY-2 blocks KEY-1".
 */
@Service
public class IssueLinks {

    private final IssueEditor issues;
    private final LinkStore store;
    private final IssueEvents events;
    private final ProjectAccess access;

    IssueLinks(IssueEditor issues, LinkStore store, IssueEvents events, ProjectAccess access) {
        this.issues = issues;
        this.store = store;
        this.events = events;
        this.access = access;
    }

    /** A kind of link, named from its source ({@code outward}: "blocks") and from its target ({@code inward}). */
    public record Type(long id, String name, String outward, String inward) {
    }

    @Transactional(readOnly = true)
    public List<Type> types() {
        return store.types().stream().map(t -> new Type(t.id(), t.name(), t.outward(), t.inward())).toList();
    }

    @Transactional(readOnly = true)
    public List<LinkView> list(String key, CurrentUser user) {
        return issues.get(IssueKey.parse(key), user).links();
    }

    /** {@code type} is a link type name ("Blocks") or either of its descriptions ("blocks", "is blocked by"). */
    @Transactional
    public List<LinkView> link(String key, String type, String otherKey, CurrentUser by) {
        var self = issues.visible(IssueKey.parse(key), by);
        access.requireEdit(access.browse(self.projectId(), by));
        var other = issues.visible(IssueKey.parse(otherKey, "issue"), by);
        if (self.id() == other.id()) {
            throw new InvalidInputException("issue", "an issue cannot be linked to itself");
        }
        var types = store.types();
        for (var t : types) {
            boolean outward = t.name().equalsIgnoreCase(type.trim()) || t.outward().equalsIgnoreCase(type.trim());
            boolean inward = !outward && t.inward().equalsIgnoreCase(type.trim());
            if (outward || inward) {
                long source = outward ? self.id() : other.id();
                long target = outward ? other.id() : self.id();
                long id = store.insert(t.id(), source, target);
                events.other("link.created", "link", String.valueOf(id), IssueKey.parse(self.key()).project(), by.id(),
                        Map.of("id", id, "type", t.name(), "outwardKey", outward ? self.key() : other.key(),
                                "inwardKey", outward ? other.key() : self.key(), "outward", t.outward(), "inward", t.inward()));
                return list(key, by);
            }
        }
        throw new InvalidInputException("type", "'" + type + "' is not a link type; choose one of: " + String.join(", ",
                types.stream().flatMap(t -> java.util.stream.Stream.of(t.outward(), t.inward())).distinct().toList()));
    }

    @Transactional
    public void unlink(String key, long linkId, CurrentUser by) {
        var self = issues.visible(IssueKey.parse(key), by);
        access.requireEdit(access.browse(self.projectId(), by));
        var link = store.find(linkId).filter(l -> l.sourceId() == self.id() || l.targetId() == self.id())
                .orElseThrow(() -> new NotFoundException("Link", linkId));
        var seen = issues.get(IssueKey.parse(key), by).links().stream().filter(l -> l.id() == linkId).findFirst();
        store.delete(link.id());
        var image = new LinkedHashMap<String, Object>(Map.of("id", linkId, "deleted", true));
        seen.ifPresent(l -> {
            // the training data forgets the link on both of its issues
            image.put("type", l.type());
            image.put("outwardKey", l.direction().equals("outward") ? self.key() : l.key());
            image.put("inwardKey", l.direction().equals("outward") ? l.key() : self.key());
        });
        store.types().stream().filter(t -> t.id() == link.typeId()).findFirst().ifPresent(t -> {
            image.put("outward", t.outward());
            image.put("inward", t.inward());
        });
        events.other("link.deleted", "link", String.valueOf(linkId), IssueKey.parse(self.key()).project(), by.id(), image);
    }
}
