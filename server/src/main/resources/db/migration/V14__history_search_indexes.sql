-- CHANGED and WAS bounded to a project read each of its issues' changes of one field: with the columns they test in
-- the index, PostgreSQL answers from the index alone instead of fetching every change row of 20,000 issues.
create index issue_changes_issue_field on issue_changes (issue_id, field, at) include (from_id, to_id, actor_id);

-- WAS (which issues ever held a value) and CHANGED FROM: the changes away from a value, found from the value, with
-- what CHANGED also tests.
create index issue_changes_field_from on issue_changes (field, from_id) include (issue_id, to_id, at);
