-- The analysis gives its reasons as structured clauses (org.coopbrief.analysis.Reason: a code and
-- its arguments, encoded), which each export words in its language, instead of English sentences:
-- a target's status and basis, a finding's message. Results are recomputed by every run's analyse
-- step, so the English texts are dropped; a result stored before this migration reads back without
-- its reasons until it is recomputed.
-- And a curator's note in Russian (figures.csv note_ru).
-- Portable SQL (H2, PostgreSQL); staging and live tables keep the same columns.
alter table analysis_target add column why_reason varchar(4000);
alter table analysis_target add column basis_reason varchar(4000);
alter table analysis_target drop column explanation;
alter table analysis_target drop column target_basis;

alter table analysis_finding add column message_reason varchar(4000);
alter table analysis_finding drop column message;

alter table figure add column note_ru varchar(4000);
alter table stg_figure add column note_ru varchar(4000);
