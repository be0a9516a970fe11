package dev.meridian.importing.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.importing.CsvImport;
import dev.meridian.importing.ImportOptions;
import dev.meridian.importing.ImportReport;
import java.io.StringReader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ImportController {

    private final CsvImport imports;

    ImportController(CsvImport imports) {
        this.imports = imports;
    }

    /**
     * A Jira or Bugzilla CSV export as the body (text/csv). Columns: Summary (required), Issue id, Status, Priority,
     * Resolution, Created, Resolved, Updated, Affects Version/s, Fix Version/s, Component/s, Labels, Issue Type,
     * Assignee, Reporter, Description, Duplicate id. Descriptions are read as Jira's wiki markup and stored as Markdown
     * ({@code markup=jira}, the default) or stored as they are ({@code markup=markdown}).
     */
    @PostMapping(value = "/api/v1/projects/{key}/import", consumes = {"text/csv", "text/plain", "application/csv"})
    ImportReport importIssues(@PathVariable String key, @RequestBody String csv,
            @RequestParam(defaultValue = "true") boolean adoptValues, @RequestParam(required = false) String defaultType,
            @RequestParam(defaultValue = "jira") String markup, CurrentUser user) {
        var options = new ImportOptions(adoptValues, defaultType, ImportOptions.Markup.of(markup));
        return imports.importIssues(key, new StringReader(csv), options, user);
    }

    /** "Issue id,Duplicate id" pairs of source ids already imported into the project. */
    @PostMapping(value = "/api/v1/projects/{key}/import/duplicates", consumes = {"text/csv", "text/plain", "application/csv"})
    ImportReport importDuplicates(@PathVariable String key, @RequestBody String csv, CurrentUser user) {
        return imports.importDuplicates(key, new StringReader(csv), user);
    }
}
