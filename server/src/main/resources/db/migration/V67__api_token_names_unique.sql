-- A person tells their live API tokens apart by name, case aside; a revoked token's name is free again. Tokens that
-- already share a name keep the oldest as it is and the others get their id after the name, e.g. "ci (42)".
update api_tokens t set name = t.name || ' (' || t.id || ')'
where t.revoked_at is null and exists (
    select 1 from api_tokens older
    where older.user_id = t.user_id and older.revoked_at is null and lower(older.name) = lower(t.name) and older.id < t.id);

create unique index api_tokens_live_name on api_tokens (user_id, lower(name)) where revoked_at is null;
