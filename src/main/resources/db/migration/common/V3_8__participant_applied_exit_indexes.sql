-- The supply summary's day move (people.internal.SupplySummary.rollTo, nightly and on the first read of a new day)
-- looks for the participants who applied or left between the summary's day and today:
--   where culled_at is null and ((applied_at >= ? and applied_at < ?) or (exit_date > ? and exit_date <= ?))
-- Without these indexes each move reads the whole participant table; with them it reads the few days' rows (an
-- OR of two range scans). Plain indexes, not partial ones (where culled_at is null): H2 has none.
create index ppl_participant_applied_at on ppl_participant(applied_at);
create index ppl_participant_exit_date on ppl_participant(exit_date);
