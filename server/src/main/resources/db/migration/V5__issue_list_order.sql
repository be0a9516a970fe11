-- Issue lists page in creation order, newest first; this index lets a page read 50 rows, not the whole project.
create index issues_project_created on issues (project_id, created_at desc, id desc);
