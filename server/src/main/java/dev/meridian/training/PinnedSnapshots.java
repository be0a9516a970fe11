package dev.meridian.training;

import java.util.Set;

/**
 * Snapshots retention must keep besides a project's newest ones: those a registered model was trained on (its
 * lineage). Implemented as beans by whoever registers models; the union of all of them is kept.
 */
public interface PinnedSnapshots {

    Set<String> pinned(String projectKey);
}
