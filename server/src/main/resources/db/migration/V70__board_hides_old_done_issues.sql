-- A kanban board can leave out done issues resolved longer ago than this many days, as Jira's "Hide completed issues
-- older than"; null shows them all (existing boards, scrum boards).
alter table boards add column hide_done_after_days integer check (hide_done_after_days between 1 and 365);
