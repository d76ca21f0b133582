-- Organisation directory: each department (a Camunda group of the same id) with its head and responsible leader.
-- Heads and leaders are people (Camunda user ids); processes resolve them through the `organization` bean.
create table org_department (
    id             varchar(64)  not null primary key,
    name           varchar(100) not null,
    kind           varchar(20)  not null,
    head_user_id   varchar(64),
    leader_user_id varchar(64),
    sort_order     integer      not null default 0,
    updated_at     timestamp    not null default current_timestamp,
    updated_by     varchar(64),
    constraint ck_org_department_kind check (kind in ('BUSINESS', 'FUNCTIONAL'))
);

-- The bureau's departments (conventions.md). People are assigned per installation (Admin / PUT /api/departments).
insert into org_department (id, name, kind, sort_order) values ('office', '办公室', 'FUNCTIONAL', 10);
insert into org_department (id, name, kind, sort_order) values ('rectOffice', '整改办', 'FUNCTIONAL', 20);
insert into org_department (id, name, kind, sort_order) values ('legal', '法律顾问', 'FUNCTIONAL', 30);
insert into org_department (id, name, kind, sort_order) values ('supervision', '纪律作风督导组', 'FUNCTIONAL', 40);
insert into org_department (id, name, kind, sort_order) values ('assessmentTeam', '考核组', 'FUNCTIONAL', 50);
insert into org_department (id, name, kind, sort_order) values ('enforcement', '执法科', 'BUSINESS', 60);
insert into org_department (id, name, kind, sort_order) values ('sanitation', '环卫科', 'BUSINESS', 70);
insert into org_department (id, name, kind, sort_order) values ('greening', '园林绿化科', 'BUSINESS', 80);
insert into org_department (id, name, kind, sort_order) values ('municipal', '市政科', 'BUSINESS', 90);
insert into org_department (id, name, kind, sort_order) values ('advertising', '广告科', 'BUSINESS', 100);
insert into org_department (id, name, kind, sort_order) values ('partyBranch', '党支部', 'FUNCTIONAL', 110);
insert into org_department (id, name, kind, sort_order) values ('tradeUnion', '工会', 'FUNCTIONAL', 120);
