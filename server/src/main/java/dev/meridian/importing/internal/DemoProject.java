package dev.meridian.importing.internal;

import static dev.meridian.projects.StatusCategory.DONE;
import static dev.meridian.projects.StatusCategory.INDETERMINATE;
import static dev.meridian.projects.StatusCategory.NEW;

import dev.meridian.identity.CurrentUser;
import dev.meridian.importing.CsvImport;
import dev.meridian.importing.ImportOptions;
import dev.meridian.planning.Boards;
import dev.meridian.projects.NewProject;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.ProjectTemplate;
import dev.meridian.projects.Projects;
import dev.meridian.projects.WorkflowDefinition;
import dev.meridian.projects.WorkflowDefinition.StatusDefinition;
import dev.meridian.projects.WorkflowDefinition.TransitionDefinition;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * HADOOP: 2,503 real Apache Hadoop issues (GitBugs dataset, Avinash Patil, arXiv:2504.09651, CC BY 4.0) with the
 * statuses and priorities of the Apache Jira, which shows that both are configurable per project.
 */
@Component
public class DemoProject {

    public static final String KEY = "HADOOP";
    private static final Logger log = LoggerFactory.getLogger(DemoProject.class);
    private static final String DATA = "demo/apache-hadoop/";

    static final WorkflowDefinition WORKFLOW = new WorkflowDefinition(
            List.of(new StatusDefinition("Open", NEW), new StatusDefinition("In Progress", INDETERMINATE),
                    new StatusDefinition("Patch Available", INDETERMINATE), new StatusDefinition("Reopened", NEW),
                    new StatusDefinition("Resolved", DONE), new StatusDefinition("Closed", DONE)),
            transitions());

    private final Projects projects;
    private final ProjectSchemes schemes;
    private final CsvImport imports;
    private final Boards boards;

    DemoProject(Projects projects, ProjectSchemes schemes, CsvImport imports, Boards boards) {
        this.projects = projects;
        this.schemes = schemes;
        this.imports = imports;
        this.boards = boards;
    }

    /**
     * Creates and fills the project unless it exists; returns false when there was nothing to do. Its kanban board is
     * made for its own workflow, before the import (a status the import brings then joins a column); the board hides
     * the done issues resolved more than two weeks ago, most of them.
     */
    @Transactional
    public boolean create(CurrentUser admin) {
        if (projects.list(admin).stream().anyMatch(p -> p.key().equals(KEY))) {
            return false;
        }
        projects.create(new NewProject(KEY, "Apache Hadoop (demo)",
                "Real issues from the Apache Hadoop Jira, 2021–2023. Source: the GitBugs dataset (Avinash Patil, "
                        + "arXiv:2504.09651), licensed CC BY 4.0.", null, ProjectTemplate.NONE), admin);
        schemes.replaceWorkflow(KEY, WORKFLOW, admin);
        schemes.replacePriorities(KEY, List.of("Blocker", "Critical", "Major", "Minor", "Trivial"), "Major", admin);
        boards.createFirst(KEY, ProjectTemplate.KANBAN.wire(), admin);
        var report = imports.importIssues(KEY, reader("issues.csv"), ImportOptions.defaults(), admin);
        var links = imports.importDuplicates(KEY, reader("duplicates-all.csv"), admin);
        log.info("Demo project {}: {} issues imported, {} rejected, {} duplicate links ({} rejected), {} warnings",
                KEY, report.imported(), report.rejected().size(), links.linksCreated(), links.linksRejected().size(),
                report.warnings().size());
        return true;
    }

    private static InputStreamReader reader(String file) {
        try {
            return new InputStreamReader(new ClassPathResource(DATA + file).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TransitionDefinition> transitions() {
        var t = new ArrayList<TransitionDefinition>();
        for (var from : List.of("Open", "Reopened")) {
            t.add(new TransitionDefinition("Start Progress", from, "In Progress"));
            t.add(new TransitionDefinition("Submit Patch", from, "Patch Available"));
            t.add(new TransitionDefinition("Resolve Issue", from, "Resolved"));
        }
        t.add(new TransitionDefinition("Stop Progress", "In Progress", "Open"));
        t.add(new TransitionDefinition("Submit Patch", "In Progress", "Patch Available"));
        t.add(new TransitionDefinition("Resolve Issue", "In Progress", "Resolved"));
        t.add(new TransitionDefinition("Cancel Patch", "Patch Available", "Open"));
        t.add(new TransitionDefinition("Start Progress", "Patch Available", "In Progress"));
        t.add(new TransitionDefinition("Resolve Issue", "Patch Available", "Resolved"));
        t.add(new TransitionDefinition("Reopen Issue", "Resolved", "Reopened"));
        t.add(new TransitionDefinition("Close Issue", "Resolved", "Closed"));
        t.add(new TransitionDefinition("Reopen Issue", "Closed", "Reopened"));
        return t;
    }
}
