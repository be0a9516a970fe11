package dev.meridian.bench;

import java.util.List;

/** The searches the JQL benchmark times: what people and boards ask a tracker all day, on values the data holds. */
final class JqlQueries {

    private JqlQueries() {
    }

    static List<String> all() {
        var x = JqlDataset.PROJECTS.get(0); // both callers may browse x and y
        var y = JqlDataset.PROJECTS.get(10);
        var someone = JqlDataset.members(0).get(1).displayName();
        return List.of(
                "project = " + x + " AND status = \"In Progress\" ORDER BY priority DESC",
                "project = " + x + " AND resolution = Unresolved ORDER BY priority DESC, updated DESC",
                "assignee = currentUser() AND resolution = Unresolved ORDER BY updated DESC",
                "text ~ \"timeout*\"",
                "summary ~ \"datanode\"",
                "summary ~ \"memory leak\"",
                "text ~ \"\\\"block report\\\"\"",
                "text ~ \"\\\"race condition\\\"\"",
                "project = " + x + " AND status CHANGED FROM \"To Do\" TO \"In Progress\" AFTER -90d",
                "project = " + x + " AND assignee WAS \"" + someone + "\"",
                "status CHANGED TO Done AFTER -7d",
                "labels in (performance, security) AND priority >= High",
                "created >= -30d ORDER BY created DESC",
                "watcher = currentUser() AND updated >= -7d ORDER BY updated DESC",
                "project in (" + x + ", " + y + ") AND fixVersion in unreleasedVersions()",
                "due < now() AND resolution = Unresolved ORDER BY due ASC",
                "ORDER BY key",
                "component = build AND type = Bug",
                "(priority = Highest OR labels = regression) AND NOT status = Done AND assignee IS NOT EMPTY");
    }
}
