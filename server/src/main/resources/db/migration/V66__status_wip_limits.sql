-- Work-in-progress limits of a project's board column (one per workflow status): at most wip_max issues in the status,
-- at least wip_min; null means no limit. Kept by the status, so they survive a workflow edit that keeps its name.
alter table statuses
    add column wip_min integer check (wip_min >= 1),
    add column wip_max integer check (wip_max >= 1),
    add constraint statuses_wip_min_le_max check (wip_min <= wip_max);
