-- Round years (and so case years) run from 2000 to 2199, as the contract says.
alter table typical_case drop constraint typical_case_year_range;
alter table typical_case add constraint typical_case_year_range check (year between 2000 and 2199);
