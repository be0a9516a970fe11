-- The project board lists each status's issues in rank order (GET /api/v1/issues/columns and /lanes): one index walk
-- per column. Ranks compare byte by byte (collation "C", from the column), as the backlog orders them.
create index issues_project_status_rank on issues (project_id, status_id, rank);
