-- Planned meetings are moved or cancelled by the office (PUT /api/meetings/{id}, POST /api/meetings/{id}/cancel,
-- docs/meetings.md): who changed a meeting last, when, and why it was cancelled stay with the meeting. A cancelled
-- meeting keeps its row (status CANCELLED) and is neither offered for scheduling nor counted as held.
alter table meeting add column updated_by varchar(64);
alter table meeting add column updated_at timestamp;
alter table meeting add column cancel_reason varchar(500);
