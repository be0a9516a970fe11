package dev.meridian.pipeline.records;

import java.util.Map;

/** One issue as a whole, for the local trainer (embeddings, triage heads): anonymized text plus its fields. */
public record IssueDocument(String schemaVersion, String issueKey, String projectKey, String text, Map<String, Object> fields) {

    public static final String SCHEMA_VERSION = "meridian-document-1";
}
