package dev.meridian.planning.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.Boards;
import dev.meridian.planning.Card;
import dev.meridian.planning.SprintView;
import dev.meridian.planning.Sprints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A scrum board's planning view: its open sprints with their issues, the ranked backlog, and the epics with progress. */
@Component
class Backlog {

    /** A sprint's issues with their story points and estimates (in seconds) summed, as its header shows them. */
    record SprintCards(SprintView sprint, List<Card> issues, BigDecimal points, long estimateSeconds) {
    }

    /** Progress of an epic over its issues on this board: counts and story points, done and in all. */
    record Epic(String key, String summary, int issues, int done, BigDecimal points, BigDecimal donePoints) {
    }

    record View(long boardId, List<SprintCards> sprints, List<Card> backlog, List<Epic> epics) {
    }

    private final Boards boards;
    private final Sprints sprints;

    Backlog(Boards boards, Sprints sprints) {
        this.boards = boards;
        this.sprints = sprints;
    }

    @Transactional(readOnly = true)
    View of(long boardId, List<Long> quickFilters, String epic, CurrentUser user) {
        var board = boards.get(boardId, user);
        var queries = boards.queries(board, quickFilters);
        var all = boards.cardsFor(queries, user).stream().filter(c -> !c.subtask()).toList();
        var open = sprints.ofBoard(boardId, false, user);
        var inSprint = new HashSet<String>();
        open.forEach(s -> inSprint.addAll(s.issueKeys()));
        var epics = epics(all);
        var shown = epic == null || epic.isBlank() ? all : all.stream().filter(c -> epic.equalsIgnoreCase(c.epicKey())).toList();
        var bySprint = new ArrayList<SprintCards>();
        for (var s : open) {
            var keys = new HashSet<>(s.issueKeys());
            var cards = shown.stream().filter(c -> keys.contains(c.key())).toList();
            bySprint.add(new SprintCards(s, cards, points(cards), estimate(cards)));
        }
        var backlog = shown.stream().filter(c -> !inSprint.contains(c.key()) && !"done".equals(c.statusCategory())
                && !"Epic".equalsIgnoreCase(c.type())).toList();
        return new View(boardId, bySprint, backlog, epics);
    }

    private static List<Epic> epics(List<Card> cards) {
        var titles = new LinkedHashMap<String, String>();
        var groups = new HashMap<String, List<Card>>();
        for (var c : cards) {
            if (c.epicKey() != null) {
                titles.putIfAbsent(c.epicKey(), c.epicSummary());
                groups.computeIfAbsent(c.epicKey(), k -> new ArrayList<>()).add(c);
            }
        }
        var out = new ArrayList<Epic>();
        titles.forEach((key, summary) -> {
            var issues = groups.get(key);
            var done = issues.stream().filter(c -> "done".equals(c.statusCategory())).toList();
            out.add(new Epic(key, summary, issues.size(), done.size(), points(issues), points(done)));
        });
        return out;
    }

    private static long estimate(List<Card> cards) {
        return cards.stream().mapToLong(c -> c.estimateSeconds() == null ? 0 : c.estimateSeconds()).sum();
    }

    static BigDecimal points(List<Card> cards) {
        return cards.stream().map(c -> c.storyPoints() == null ? BigDecimal.ZERO : c.storyPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
