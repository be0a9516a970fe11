package dev.meridian.importing;

import dev.meridian.identity.CurrentUser;
import dev.meridian.importing.internal.CsvImporter;
import java.io.Reader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a Jira or Bugzilla CSV export into a project, all or nothing: either the report describes what was written,
 * or nothing was. Project admins only.
 */
@Service
public class CsvImport {

    private final CsvImporter importer;

    CsvImport(CsvImporter importer) {
        this.importer = importer;
    }

    @Transactional
    public ImportReport importIssues(String projectKey, Reader csv, ImportOptions options, CurrentUser by) {
        return importer.importIssues(projectKey, csv, options, by);
    }

    /** Pairs "Issue id, Duplicate id" (source ids) become "duplicates" links; ids may list several, comma-separated. */
    @Transactional
    public ImportReport importDuplicates(String projectKey, Reader csv, CurrentUser by) {
        return importer.importDuplicates(projectKey, csv, by);
    }
}
