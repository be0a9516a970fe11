-- What each person wants emailed; no row: everything. Reasons are kept by their wire name (assigned, mentioned…), and
-- only those turned off are listed, so a reason added later is emailed until someone turns it off.
create table notification_settings (
    user_id     bigint  primary key references users (id) on delete cascade,
    email       boolean not null default true,
    email_muted text[]  not null default '{}'
);

-- Emails to send, queued with their notifications in the notifier's transaction. One email gathers a person's
-- notifications about one issue until it is first taken for sending (send_at: the end of that window, later the next
-- try); after max attempts it is given up with the last error kept.
create table notification_emails (
    id               bigserial primary key,
    recipient_id     bigint      not null references users (id) on delete cascade,
    project_key      text        not null,
    issue_key        text        not null,
    notification_ids bigint[]    not null,
    created_at       timestamptz not null default now(),
    send_at          timestamptz not null,
    taken_at         timestamptz,
    attempts         int         not null default 0,
    sent_at          timestamptz,
    failed_at        timestamptz,
    last_error       text
);

create index notification_emails_due on notification_emails (send_at) where sent_at is null and failed_at is null;
create index notification_emails_open on notification_emails (recipient_id, issue_key) where taken_at is null;
