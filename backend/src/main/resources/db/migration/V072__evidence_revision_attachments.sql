-- Which attachments each evidence revision had. A revision's set is recorded when it is saved and
-- again when it is submitted (the files the district reviews); once a revision has been submitted its
-- set never changes, so removing a file from a returned item does not take it out of what was
-- submitted, and a reader shown "the item as last submitted" (an API key) gets exactly those files.
create table evidence_revision_attachment (
  id             bigint generated always as identity primary key,
  revision_id    bigint  not null references evidence_revision (id),
  attachment_id  bigint  not null references attachment (id),
  constraint evidence_revision_attachment_key unique (revision_id, attachment_id)
);
create index evidence_revision_attachment_attachment_idx on evidence_revision_attachment (attachment_id);

-- Revisions written before this table: the item's attachments present when the revision was last
-- submitted, or else when it was saved (uploaded by then, not removed by then).
insert into evidence_revision_attachment (revision_id, attachment_id)
select r.id, a.id
from evidence_revision r
join evidence_item e on e.id = r.item_id
cross join lateral (
  select coalesce(max(v.at), r.saved_at) as at
  from evidence_review v
  where v.item_id = r.item_id and v.revision = r.revision and v.action = 'SUBMIT') as moment
join attachment a on a.nomination_id = e.nomination_id and a.indicator_code = e.indicator_code
where a.uploaded_at <= moment.at and (a.removed_at is null or a.removed_at > moment.at)
order by r.id, a.id;
