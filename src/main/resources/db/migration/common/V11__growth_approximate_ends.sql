-- Multi-year growth: whether each end is approximate (a row stored before V11 has them null and
-- reads back with its one flag, approximate, for both ends).
alter table analysis_growth add column start_approximate boolean;
alter table analysis_growth add column end_approximate boolean;
