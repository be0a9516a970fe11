-- V60 rewrote the issues table: its visibility map is empty, so every index-only scan (counts by project, the first page
-- by date) fetches each row from the table again, and autovacuum waits for dead rows that a rewrite does not leave
-- (at 1,000,000 issues: ORDER BY key for a member 34 -> 635 ms, created >= -30d 32 -> 305 ms). Flyway runs VACUUM
-- outside a transaction.
vacuum issues;
