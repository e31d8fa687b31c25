-- An evidence item returned for supplement is reported per indicator: the notification names it.
alter table notification add column indicator_code varchar(8);
