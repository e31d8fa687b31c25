-- A district admin is told when the city changes the district's quota in a round: the notification carries the new quota.
alter table notification add column quota int check (quota >= 0);
