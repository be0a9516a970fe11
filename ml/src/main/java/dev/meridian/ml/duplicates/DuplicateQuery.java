package dev.meridian.ml.duplicates;

import java.util.Set;

/** An issue whose known duplicates should rank near the top when it is used as the query. */
public record DuplicateQuery(String issueKey, Set<String> duplicates) {
}
