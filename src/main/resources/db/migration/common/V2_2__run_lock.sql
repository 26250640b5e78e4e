-- One row per lock. A run holds its row with SELECT ... FOR UPDATE in an open transaction for
-- as long as it runs; the database releases it when the transaction or the process ends, so a
-- killed run never leaves a stale lock behind.
create table run_lock (
    lock_name varchar(40) not null primary key,
    note varchar(200)
);

insert into run_lock (lock_name, note) values ('dataset', 'held by any job that reads or writes the dataset tables');
