-- The notice's 版记 (GB/T 9704-2012 §7.4): 抄送 and 印发机关, edited with the issuer and the contact block
-- (/reports/notice-settings.html); empty falls back to rectify.notice.copy-to / rectify.notice.printer.
alter table notice_setting add column copy_to varchar(300);
alter table notice_setting add column printer varchar(200);
