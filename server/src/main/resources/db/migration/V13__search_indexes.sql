-- Indexes for JQL clauses that read a whole table at 1,000,000 issues (bench/README.md, "JQL search at a million
-- issues"): the join tables were keyed by issue only, so "component = X", "fixVersion in …" and "watcher = …"
-- scanned every row; "due < now() AND resolution = Unresolved" scanned every issue.
create index issue_components_component on issue_components (component_id, issue_id);
create index issue_versions_version on issue_versions (version_id, kind, issue_id);
create index watchers_user on watchers (user_id, issue_id);
create index issues_unresolved_due on issues (due_date, id) where resolution_id is null;
-- The default order (created, newest first) across projects, for callers who see every project.
create index issues_created on issues (created_at desc, id desc);
