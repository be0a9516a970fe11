-- Failed logins, counted in the database so that every server of it refuses a guesser alike (LoginThrottle); a row
-- lives 15 minutes.
create table failed_logins (
    attempt_key text        not null,
    failed_at   timestamptz not null
);

create index failed_logins_by_key on failed_logins (attempt_key, failed_at);
create index failed_logins_by_time on failed_logins (failed_at);
