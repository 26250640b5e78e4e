-- A figure may cover only a part of the whole (a product, a kind of company): the item.
alter table figure add column item varchar(200);
alter table stg_figure add column item varchar(200);
