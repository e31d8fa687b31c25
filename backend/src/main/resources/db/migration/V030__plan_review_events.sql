-- Who submitted, approved or returned which revision of a plan, when, and why it was returned.
-- Rows are only added: the plan's review status and the approved revision are read from them.
create table plan_review_event (
  id             bigint generated always as identity primary key,
  nomination_id  bigint        not null,
  revision       int           not null,
  action         varchar(16)   not null,
  reason         varchar(1000),
  actor          varchar(64)   not null,
  at             timestamptz   not null,
  constraint plan_review_event_revision_fk foreign key (nomination_id, revision)
    references plan_revision (nomination_id, revision) on delete cascade,
  constraint plan_review_event_action_valid check (action in ('SUBMITTED', 'APPROVED', 'RETURNED')),
  constraint plan_review_event_reason check ((action = 'RETURNED') = (reason is not null))
);
create index plan_review_event_nomination_idx on plan_review_event (nomination_id, id desc);

-- Plans reviewed before these events were kept: their newest revision stands for the one reviewed
-- (submitted first, then approved or returned, as the nomination's state says).
create temporary table reviewed_plan on commit drop as
select n.id as nomination_id, n.state, n.return_reason, p.revision, p.saved_at
from nomination n
join lateral (select r.revision, r.saved_at from plan_revision r
              where r.nomination_id = n.id order by r.revision desc limit 1) p on true
where n.state in ('PLAN_SUBMITTED', 'IN_PROGRESS', 'SUBMITTED_FOR_ASSESSMENT', 'NAMED', 'NOT_NAMED')
   or (n.state = 'NOMINATED' and n.return_reason is not null);

insert into plan_review_event (nomination_id, revision, action, reason, actor, at)
select nomination_id, revision, 'SUBMITTED', null, 'system', saved_at from reviewed_plan order by nomination_id;

insert into plan_review_event (nomination_id, revision, action, reason, actor, at)
select nomination_id, revision,
       case when state = 'NOMINATED' then 'RETURNED' else 'APPROVED' end,
       case when state = 'NOMINATED' then return_reason end, 'system', saved_at
from reviewed_plan where state <> 'PLAN_SUBMITTED' order by nomination_id;
