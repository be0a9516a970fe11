-- Files attached to issues. The bytes live in the object store under storage_key; deleting an issue deletes its rows
-- here (and the server deletes the objects once that commits).
create table attachments (
    id          bigserial primary key,
    issue_id    bigint      not null references issues (id) on delete cascade,
    author_id   bigint      not null references users (id),
    file_name   text        not null,
    media_type  text        not null,
    size_bytes  bigint      not null,
    storage_key text        not null unique,
    created_at  timestamptz not null
);
create index attachments_issue on attachments (issue_id, id);
