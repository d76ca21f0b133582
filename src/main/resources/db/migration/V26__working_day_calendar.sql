-- Working-day calendar years loaded by the rectification office from the State Council's notice (issue 22).
-- They override the shipped files (classpath calendar/cn-<year>.txt) for the same year; every node of a cluster
-- reads them (WorkingDayCalendar re-reads when the highest revision changes).
create table rem_calendar_year (
    calendar_year  int          not null primary key,
    provisional    boolean      not null,
    source         varchar(500) not null,
    revision       bigint       not null,
    loaded_by      varchar(64)  not null,
    loaded_at      timestamp    not null
);

create table rem_calendar_day (
    calendar_day   date         not null primary key,
    calendar_year  int          not null references rem_calendar_year (calendar_year),
    day_kind       varchar(10)  not null,
    day_name       varchar(100) not null
);

create index rem_calendar_day_year on rem_calendar_day (calendar_year);
