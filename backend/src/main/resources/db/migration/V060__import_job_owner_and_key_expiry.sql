-- Imports with several replicas: a RUNNING import names the instance that runs it (owner) and when
-- that instance last said it is still at work (heartbeat_at). At start, and now and then, only
-- RUNNING imports whose heartbeat is stale (or whose owner is the starting instance itself, which
-- cannot still be running them) are marked FAILED; another replica's live import is left alone.
--
-- Idempotency keys of imports expire: key_expired releases the key (the row stays, with its key,
-- as history), so a retry after the expiry runs again instead of replaying the old answer.

alter table import_job
  add column owner        varchar(128),
  add column heartbeat_at timestamptz,
  add column key_expired  boolean not null default false;

drop index import_job_key;
create unique index import_job_key on import_job (caller, idempotency_key) where idempotency_key is not null and not key_expired;
create index import_job_running_idx on import_job (heartbeat_at) where state = 'RUNNING';
create index import_job_key_expiry_idx on import_job (finished_at) where idempotency_key is not null and not key_expired;
