-- Idempotency records belong to the caller that made them: another caller reusing the same key runs
-- afresh instead of receiving someone else's answer.
alter table idempotency_record add column caller varchar(64) not null default '';
alter table idempotency_record drop constraint idempotency_record_pkey;
alter table idempotency_record add primary key (caller, operation, idempotency_key);
alter table idempotency_record alter column caller drop default;
-- Answers that carried a one-time secret are no longer kept; drop any stored before this change.
delete from idempotency_record where operation in ('createApiKey', 'createUser');
-- Set when the first answer carried a one-time secret: then only where the object is, not the answer, is kept.
alter table idempotency_record add column secret_withheld boolean not null default false;
