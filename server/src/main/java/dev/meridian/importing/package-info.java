/**
 * Bringing issues in from other trackers (Jira and Bugzilla CSV exports), and the HADOOP demo project built from
 * real Apache Hadoop issues. API: {@link dev.meridian.importing.CsvImport}.
 */
package dev.meridian.importing;
