-- Topic numbers YT-<year>-<nnnn> come from one counter row per year: the update that takes the next number locks
-- the row until the registering transaction commits, so two registrations at once (two job-executor threads, two
-- nodes) can never take the same number. Counting the existing topics raced (issue 4/5 demo: YT-2026-0001 twice).
create table agenda_topic_counter (
  number_year int not null primary key,
  last_number int not null
);
