-- Keys an issue had before it was moved to another project: as in Jira, an old key still finds the issue (in the API,
-- the web app's addresses and JQL). A project's numbers only go up, so no new issue ever takes one of these keys.
create table issue_former_keys (
    key      text   primary key,
    issue_id bigint not null references issues (id) on delete cascade
);
create index issue_former_keys_issue on issue_former_keys (issue_id);

-- The issue a key names, its own or a former one; stable, so `where i.id = meridian_issue_id(?)` is an index lookup.
create function meridian_issue_id(issue_key text) returns bigint language sql stable as $$
    select coalesce((select id from issues where key = issue_key),
                    (select issue_id from issue_former_keys where key = issue_key))
$$;
