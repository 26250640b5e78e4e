-- A target names the part of the whole it counts (item, as figures.csv does: "joint research
-- laboratories"), so it is compared only with actuals of the same item; and a target row says how
-- its actual compares (same measure, or another scope's actual shown approximately).
-- Portable SQL (H2, PostgreSQL); staging and live tables keep the same columns.
alter table target add column item varchar(200);
alter table stg_target add column item varchar(200);

alter table analysis_target add column item varchar(200);
alter table analysis_target add column comparability varchar(20);
alter table analysis_target add column actual_scope varchar(40);
