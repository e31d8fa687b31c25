-- Bulk imports (CSV, JSON, XLSX): one row per import, dry run or real, with its report. The
-- Idempotency-Key of an import is kept here, per caller: a retry with the same key replays the
-- stored answer; the key of a running import answers 409.

create table import_job (
  id               bigint generated always as identity primary key,
  kind             varchar(32)   not null,
  format           varchar(8)    not null,
  mode             varchar(8)    not null,
  dry_run          boolean       not null,
  file_name        varchar(256),
  caller           varchar(64)   not null,
  caller_name      varchar(128)  not null,
  idempotency_key  varchar(128),
  request_hash     varchar(64)   not null,
  state            varchar(16)   not null,
  total_rows       int           not null default 0,
  processed_rows   int           not null default 0,
  created_count    int           not null default 0,
  updated_count    int           not null default 0,
  unchanged_count  int           not null default 0,
  rejected_count   int           not null default 0,
  report           jsonb,
  created_at       timestamptz   not null,
  finished_at      timestamptz,
  constraint import_job_state_valid check (state in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')),
  constraint import_job_mode_valid check (mode in ('CREATE', 'UPSERT')),
  constraint import_job_format_valid check (format in ('CSV', 'JSON', 'XLSX'))
);
create unique index import_job_key on import_job (caller, idempotency_key) where idempotency_key is not null;
create index import_job_history_idx on import_job (created_at desc, id desc);
create index import_job_caller_idx on import_job (caller, created_at desc);
