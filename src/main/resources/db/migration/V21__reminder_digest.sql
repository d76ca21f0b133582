-- Per-person choice of one daily digest (每日汇总) instead of single before-due / overdue mails.
create table rem_digest_preference (
    user_id        varchar(64) not null primary key,
    daily_digest   boolean     not null,
    updated_at     timestamp   not null
);
