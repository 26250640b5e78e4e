-- What each run of the main job saw, kept with the run (its job instance id), so that a later run
-- says what changed since it without reading today's tables (org.coopbrief.analysis.SnapshotTables).
-- run_snapshot.series: reporter, partner selection and languages (the runs that follow each other);
-- previous_run_id: the run this one is compared with, chosen when its analysis ran (null: the first).
-- Portable SQL (H2, PostgreSQL).

create table run_snapshot (
    run_id bigint not null primary key,
    series varchar(4000) not null,
    reporter varchar(64) not null,
    as_of date not null,
    focus_period varchar(20) not null,
    issued date not null,
    previous_run_id bigint,
    computed_at timestamp not null
);

-- the printed figures of the selection the run used (one version per number), values as printed
create table run_snapshot_figure (
    run_id bigint not null references run_snapshot (run_id) on delete cascade,
    row_no integer not null,
    figure_id varchar(64) not null,
    reporter varchar(64) not null,
    partner varchar(64) not null,
    indicator varchar(40) not null,
    scope varchar(40) not null,
    item varchar(200),
    period varchar(20) not null,
    amount decimal(24,6),
    unit varchar(20),
    qualifier varchar(20) not null,
    primary key (run_id, row_no)
);

-- the targets as worded and their status at the run's as-of date
create table run_snapshot_target (
    run_id bigint not null references run_snapshot (run_id) on delete cascade,
    target_id varchar(64) not null,
    reporter varchar(64) not null,
    partner varchar(64) not null,
    indicator varchar(40) not null,
    scope varchar(40) not null,
    item varchar(200),
    text_en varchar(4000),
    text_ru varchar(4000),
    amount decimal(24,6),
    unit varchar(20),
    baseline_multiple decimal(24,6),
    baseline_period varchar(20),
    deadline varchar(20),
    qualifier varchar(20) not null,
    status varchar(10) not null,
    primary key (run_id, target_id)
);

-- the events of the reporter (and the partners selected) up to the as-of date
create table run_snapshot_event (
    run_id bigint not null references run_snapshot (run_id) on delete cascade,
    event_id varchar(64) not null,
    event_date varchar(10) not null,
    event_type varchar(40) not null,
    parties varchar(1000) not null,
    title varchar(4000) not null,
    title_ru varchar(4000),
    primary key (run_id, event_id)
);

-- the data-quality findings
create table run_snapshot_finding (
    run_id bigint not null references run_snapshot (run_id) on delete cascade,
    finding_id varchar(400) not null,
    kind varchar(20) not null,
    reporter varchar(64) not null,
    partner varchar(64) not null,
    indicator varchar(40) not null,
    scope varchar(40) not null,
    item varchar(200),
    period varchar(20) not null,
    primary key (run_id, finding_id)
);
