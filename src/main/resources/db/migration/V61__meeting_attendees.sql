-- Who attended a meeting (出席人员, domain §4.3: a meeting has type, date, attendees, first topic, minutes number),
-- in the order the minutes list them; user ids of the organisation directory.
create table meeting_attendee (
    meeting_id     bigint        not null,
    position       integer       not null,
    user_id        varchar(64)   not null,
    constraint pk_meeting_attendee primary key (meeting_id, position),
    constraint uq_meeting_attendee_user unique (meeting_id, user_id),
    constraint fk_meeting_attendee_meeting foreign key (meeting_id) references meeting (id)
);
