-- A column's minimum may be 0 (as on configured boards); its maximum stays 1 or more.
alter table statuses
    drop constraint statuses_wip_min_check,
    add constraint statuses_wip_min_check check (wip_min >= 0);
