-- A version's start date, as Jira's Releases page shows it next to the release date.
alter table versions add column start_date date;
