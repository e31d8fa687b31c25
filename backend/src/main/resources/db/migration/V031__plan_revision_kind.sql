-- Whether a revision changed the plan (needs approval once the plan is approved) or only reported
-- progress on its milestones (status, completion note, evidence: needs none). Revisions saved
-- before this column existed count as changes.
alter table plan_revision add column kind varchar(16) not null default 'CHANGE';
alter table plan_revision add constraint plan_revision_kind_valid check (kind in ('CHANGE', 'PROGRESS'));
