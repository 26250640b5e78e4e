-- Why a row was rejected, as a key and arguments (org.coopbrief.dataset.Problem, encoded) that each
-- export words in its language; reason keeps the English sentence for the log and rejects.csv.
-- A reject recorded before this migration has none and is shown with its English reason.
alter table ingest_reject add column problem varchar(4000);
comment on column ingest_reject.problem is 'Problem key and arguments, worded by each export in its language';
