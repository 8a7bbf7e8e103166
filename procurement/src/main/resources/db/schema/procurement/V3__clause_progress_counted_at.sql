-- Progress reports are ordered by the instant they were counted, not by their day: two reports of the same day
-- delivered out of order must not let the older one win.
alter table clause_progress rename column as_of to counted_at;
alter table clause_progress alter column counted_at type timestamptz using counted_at::timestamptz;
