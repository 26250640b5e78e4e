-- A source's publisher as a Russian reader knows it (БелТА, «Форбс Казахстан»): the Russian
-- briefings print it instead of the English. Nullable, like the other Russian texts (V4).
alter table source add column publisher_ru varchar(4000);
alter table stg_source add column publisher_ru varchar(4000);
