-- The board reads each status's newest issues (GET /api/v1/issues/columns): one index walk per column instead of
-- sorting every issue of the status.
create index issues_project_status_created on issues (project_id, status_id, created_at desc, id desc);
