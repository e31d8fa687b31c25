-- Year-end acceptance (考核验收): assessors' judgements (insert-only revisions), verdicts (a row per
-- revision; published rows are frozen by a trigger), titles of named bases (动态管理), and the
-- supplement date of evidence items an assessor returned.

alter table evidence_item add column supplement_until date;

create table assessment_judgement (
  id                 bigint generated always as identity primary key,
  nomination_id      bigint         not null references nomination (id),
  indicator_code     varchar(8)     not null,
  outcome            varchar(24)    not null,
  suggested_outcome  varchar(24)    not null,
  comment            varchar(1000),
  justification      varchar(1000),
  supplement_until   date,
  document_number    varchar(64),
  assessor_id        bigint         not null,
  assessor           varchar(64)    not null,
  assessor_name      varchar(64),
  judged_at          timestamptz    not null,
  constraint assessment_judgement_outcome_valid check (outcome in ('MET', 'NOT_MET', 'NEEDS_SUPPLEMENT', 'RECOGNISED', 'NOT_RECOGNISED')),
  constraint assessment_judgement_suggested_valid check (suggested_outcome in ('MET', 'NOT_MET', 'NEEDS_SUPPLEMENT', 'RECOGNISED', 'NOT_RECOGNISED'))
);

create index assessment_judgement_latest on assessment_judgement (nomination_id, indicator_code, assessor_id, id desc);

create table verdict (
  id                 bigint generated always as identity primary key,
  nomination_id      bigint         not null references nomination (id),
  revision           int            not null,
  decision           varchar(16)    not null,
  proposed_decision  varchar(16)    not null,
  justification      varchar(1000),
  document_number    varchar(64),
  document_date      date,
  correction_reason  varchar(1000),
  confirmed_at       timestamptz    not null,
  confirmed_by       varchar(64)    not null,
  published_at       timestamptz,
  published_by       varchar(64),
  version            bigint         not null default 0,
  created_at         timestamptz    not null default now(),
  updated_at         timestamptz    not null default now(),
  constraint verdict_key unique (nomination_id, revision),
  constraint verdict_decision_valid check (decision in ('NAMED', 'NOT_NAMED')),
  constraint verdict_proposed_valid check (proposed_decision in ('NAMED', 'NOT_NAMED')),
  constraint verdict_named_has_document check (decision <> 'NAMED' or (document_number is not null and document_date is not null))
);

create table title (
  id                          bigint generated always as identity primary key,
  township_id                 bigint         not null references township (id),
  district_id                 bigint         not null references district (id),
  round_id                    bigint         not null references round (id),
  nomination_id               bigint         not null references nomination (id),
  verdict_id                  bigint         not null references verdict (id),
  document_number             varchar(64)    not null,
  named_on                    date           not null,
  revoked_on                  date,
  revocation_reason           varchar(1000),
  revocation_document_number  varchar(64),
  revoked_by                  varchar(64),
  version                     bigint         not null default 0,
  created_at                  timestamptz    not null default now(),
  updated_at                  timestamptz    not null default now()
);

create index title_township on title (township_id);
create index title_district on title (district_id);

-- Judgements are never changed: a new judgement is a new row.
create function assessment_judgement_insert_only() returns trigger language plpgsql as $$
begin
  raise exception 'assessment judgements are insert-only (id %)', old.id using errcode = 'restrict_violation';
end;
$$;

create trigger assessment_judgement_insert_only before update or delete on assessment_judgement
  for each row execute function assessment_judgement_insert_only();

-- A published verdict is immutable: a correction is a new revision, never an edit in place.
create function verdict_published_frozen() returns trigger language plpgsql as $$
begin
  if old.published_at is not null then
    raise exception 'verdict % (revision %) is published and cannot be changed', old.nomination_id, old.revision
      using errcode = 'restrict_violation';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger verdict_published_frozen before update or delete on verdict
  for each row execute function verdict_published_frozen();
