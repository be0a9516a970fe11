-- My work's "Worked on" reads one person's recent creations, edits, comments and work logs; without these it scans
-- each table whole.
create index issues_creator_created on issues (creator_id, created_at);
create index issue_changes_actor_at on issue_changes (actor_id, at);
create index comments_author_updated on comments (author_id, updated_at);
create index worklogs_author_updated on worklogs (author_id, updated_at);
