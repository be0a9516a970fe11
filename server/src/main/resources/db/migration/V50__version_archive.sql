-- Archived versions stay on the issues that have them but are no longer offered for new ones (as in Jira).
alter table versions add column archived boolean not null default false;
