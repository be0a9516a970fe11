package dev.meridian.issues;

import java.util.List;

/**
 * A project's board in swimlanes: {@code by} assignee or epic, the board's columns with their totals (no cards), and
 * the lanes that hold an issue under the board's filters, the one without a value ("Unassigned", "No epic") last.
 */
public record IssueLanes(String by, List<IssueColumn> columns, List<Lane> lanes) {

    /**
     * One lane: {@code id} is the assignee's email or the epic's key ({@link #NONE} for the rest), and one cell per
     * status in workflow order, each with its total and first cards in rank order ({@code unfiltered} is the cell's total).
     */
    public record Lane(String id, String name, long total, List<IssueColumn> cells) {
    }

    /** The id of the lane of issues without an assignee or an epic. */
    public static final String NONE = "none";
}
