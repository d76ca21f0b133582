-- The notice's issuer and contact block, edited by the office in the browser (/reports/notice-settings.html,
-- PUT /api/settings/notice; docs/reports.md). One row (id 1); a field left empty falls back to the configuration
-- rectify.notice.*, so an installation configured by its IT person keeps working until the office edits it.
create table notice_setting (
    id             integer       primary key,
    issuer         varchar(200),
    contact_person varchar(100),
    phone          varchar(50),
    email          varchar(200),
    address        varchar(300),
    updated_by     varchar(64)   not null,
    updated_at     timestamp     not null
);
