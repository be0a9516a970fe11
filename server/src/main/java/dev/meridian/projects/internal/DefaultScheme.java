package dev.meridian.projects.internal;

import static dev.meridian.projects.StatusCategory.DONE;
import static dev.meridian.projects.StatusCategory.INDETERMINATE;
import static dev.meridian.projects.StatusCategory.NEW;

import dev.meridian.projects.ProjectScheme.IssueType;
import dev.meridian.projects.WorkflowDefinition;
import dev.meridian.projects.WorkflowDefinition.StatusDefinition;
import dev.meridian.projects.WorkflowDefinition.TransitionDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a new project starts with; its admins change any of it. */
final class DefaultScheme {

    static final WorkflowDefinition WORKFLOW = new WorkflowDefinition(
            List.of(new StatusDefinition("To Do", NEW), new StatusDefinition("In Progress", INDETERMINATE),
                    new StatusDefinition("In Review", INDETERMINATE), new StatusDefinition("Done", DONE)),
            List.of(new TransitionDefinition("Start progress", "To Do", "In Progress"),
                    new TransitionDefinition("Stop progress", "In Progress", "To Do"),
                    new TransitionDefinition("Submit for review", "In Progress", "In Review"),
                    new TransitionDefinition("Request changes", "In Review", "In Progress"),
                    new TransitionDefinition("Done", "In Review", "Done"),
                    new TransitionDefinition("Done", "In Progress", "Done"),
                    new TransitionDefinition("Done", "To Do", "Done"),
                    new TransitionDefinition("Reopen", "Done", "To Do")));

    static final Map<String, Integer> TYPES = types();
    static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");
    static final String DEFAULT_PRIORITY = "Medium";
    static final List<String> RESOLUTIONS = List.of("Done", "Won't Do", "Duplicate", "Cannot Reproduce");

    private DefaultScheme() {
    }

    private static Map<String, Integer> types() {
        var types = new LinkedHashMap<String, Integer>();
        types.put("Epic", IssueType.EPIC);
        types.put("Story", IssueType.STANDARD);
        types.put("Task", IssueType.STANDARD);
        types.put("Bug", IssueType.STANDARD);
        types.put("Sub-task", IssueType.SUBTASK);
        return types;
    }
}
