-- The review queue filters by round, district or township and state, and sorts by submission or
-- change time (then id, for stable pages); each filter has an index that also gives the order.
create index evidence_item_round_state_idx on evidence_item (round_id, state, submitted_at, id);
create index evidence_item_district_state_idx on evidence_item (district_id, state, submitted_at, id);
create index evidence_item_township_idx on evidence_item (township_id, indicator_code);
create index evidence_item_state_submitted_idx on evidence_item (state, submitted_at, id);
create index evidence_item_updated_idx on evidence_item (updated_at, id);
