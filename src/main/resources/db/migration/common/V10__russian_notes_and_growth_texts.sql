-- The Russian texts of the data's remaining English texts (issue 12): an event's curator note
-- (events.csv note_ru), a figure's item and stated growth as printed (figures.csv item_ru,
-- growth_text_ru), an exchange rate's source and note (exchange_rates.csv source_ru, note_ru), a
-- target's item (targets.csv item_ru).
-- A dataset published before this migration has them null until the next ingest.
-- Portable SQL (H2, PostgreSQL); staging and live tables keep the same columns.
alter table event add column note_ru varchar(4000);
alter table stg_event add column note_ru varchar(4000);

alter table figure add column item_ru varchar(400);
alter table stg_figure add column item_ru varchar(400);
alter table figure add column growth_text_ru varchar(4000);
alter table stg_figure add column growth_text_ru varchar(4000);

alter table exchange_rate add column source_ru varchar(4000);
alter table stg_exchange_rate add column source_ru varchar(4000);
alter table exchange_rate add column note_ru varchar(4000);
alter table stg_exchange_rate add column note_ru varchar(4000);

-- a target's item (targets.csv item_ru), as a figure's
alter table target add column item_ru varchar(400);
alter table stg_target add column item_ru varchar(400);
