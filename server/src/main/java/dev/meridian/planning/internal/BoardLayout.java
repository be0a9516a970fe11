package dev.meridian.planning.internal;

import dev.meridian.planning.BoardConfig;
import dev.meridian.planning.Card;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Cards into columns (by status) and swimlanes, with each column's WIP limits checked. Plain Java. */
public final class BoardLayout {

    /**
     * {@code count}: every issue of the board in the column, what its WIP limits count whatever the quick filters, as in
     * Jira; {@code shown}: those the quick filters leave; {@code state}: "ok", "over" (more than max) or "under" (fewer than min);
     * {@code hidden}: done issues a kanban board leaves out, resolved longer ago than its setting (not counted in {@code count}).
     */
    public record ColumnView(String name, List<String> statuses, Integer min, Integer max, int count, int shown, String state,
            long hidden) {
    }

    public record Lane(String id, String name, List<List<Card>> columns) {
    }

    /** {@code unmapped}: the board's issues in statuses none of its columns shows, counted by status name. */
    public record Layout(List<ColumnView> columns, List<Lane> lanes, int total, Map<String, Integer> unmapped) {
    }

    private BoardLayout() {
    }

    public static Layout of(BoardConfig board, List<Card> cards) {
        return of(board, cards, card -> true, Map.of());
    }

    /**
     * {@code cards}: all of the board's issues, counted against the limits; {@code shown}: those the quick filters leave;
     * {@code hidden}: the issues the board leaves out, counted by status name.
     */
    public static Layout of(BoardConfig board, List<Card> cards, Predicate<Card> shown, Map<String, Long> hidden) {
        var columns = board.columns();
        var lanes = new LinkedHashMap<String, Lane>();
        int[] counts = new int[columns.size()];
        int[] shownCounts = new int[columns.size()];
        long[] hiddenCounts = new long[columns.size()];
        hidden.forEach((status, count) -> {
            int col = column(columns, status);
            if (col >= 0) {
                hiddenCounts[col] += count;
            }
        });
        int total = 0;
        var unmapped = new TreeMap<String, Integer>();
        for (var card : cards) {
            int col = column(columns, card.status());
            if (col < 0) {
                unmapped.merge(card.status(), 1, Integer::sum);
                continue;
            }
            counts[col]++;
            if (!shown.test(card)) {
                continue;
            }
            total++;
            shownCounts[col]++;
            var lane = lanes.computeIfAbsent(laneId(board.swimlanes(), card), id -> newLane(id, laneName(board.swimlanes(), card), columns.size()));
            lane.columns().get(col).add(card);
        }
        var views = new ArrayList<ColumnView>();
        for (int i = 0; i < columns.size(); i++) {
            var c = columns.get(i);
            var state = c.max() != null && counts[i] > c.max() ? "over" : c.min() != null && counts[i] < c.min() ? "under" : "ok";
            views.add(new ColumnView(c.name(), c.statuses(), c.min(), c.max(), counts[i], shownCounts[i], state, hiddenCounts[i]));
        }
        var ordered = new ArrayList<>(lanes.values());
        ordered.sort((a, b) -> a.id().isEmpty() == b.id().isEmpty() ? 0 : a.id().isEmpty() ? 1 : -1);
        return new Layout(views, ordered, total, unmapped);
    }

    private static int column(List<BoardConfig.Column> columns, String status) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).statuses().stream().anyMatch(s -> s.equalsIgnoreCase(status))) {
                return i;
            }
        }
        return -1;
    }

    /** The lane a card is in; "" is the lane of cards without a value (unassigned, no epic), shown last. */
    private static String laneId(String swimlanes, Card card) {
        return switch (swimlanes) {
            case "assignee" -> card.assignee() == null ? "" : card.assignee().email();
            case "epic" -> Objects.toString(card.epicKey(), "");
            case "priority" -> Objects.toString(card.priority(), "");
            default -> "all";
        };
    }

    private static String laneName(String swimlanes, Card card) {
        return switch (swimlanes) {
            case "assignee" -> card.assignee() == null ? "Unassigned" : card.assignee().displayName();
            case "epic" -> card.epicKey() == null ? "Issues without epic" : card.epicKey() + " " + card.epicSummary();
            case "priority" -> card.priority() == null ? "No priority" : card.priority();
            default -> "All issues";
        };
    }

    private static Lane newLane(String id, String name, int columns) {
        var cols = new ArrayList<List<Card>>();
        for (int i = 0; i < columns; i++) {
            cols.add(new ArrayList<>());
        }
        return new Lane(id, name, cols);
    }
}
