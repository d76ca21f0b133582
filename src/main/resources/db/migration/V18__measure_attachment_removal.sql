-- Evidence is removed by its uploader (Tasklist tab 佐证材料), but kept: the record's history (办理经过) names who
-- removed which file when, and the file stays for the rectification office's audit.
alter table rect_measure_attachment add column removed_by varchar(64);
alter table rect_measure_attachment add column removed_at timestamp;
