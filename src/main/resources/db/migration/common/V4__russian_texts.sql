-- The Russian texts of the dataset (the project's translations, input/README.md): an event's
-- place and title, a target's quote, a source's title. Nullable: a dataset published before this
-- migration has none until the next ingest, which requires them wherever the English is given.
-- Portable SQL (H2, PostgreSQL); staging and live tables keep the same columns.
alter table event add column place_ru varchar(400);
alter table event add column title_ru varchar(4000);
alter table stg_event add column place_ru varchar(400);
alter table stg_event add column title_ru varchar(4000);

alter table target add column quote_ru varchar(4000);
alter table stg_target add column quote_ru varchar(4000);

alter table source add column title_ru varchar(4000);
alter table stg_source add column title_ru varchar(4000);
