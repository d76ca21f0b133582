-- The day a contract was signed (签订日期): recorded by contract-signing after the legal review, or entered with the
-- number of its legal opinion when a contract already signed is registered as a record of the past (issue 25).
alter table contract add column signed_on date;
