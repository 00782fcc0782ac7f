-- How many requests of each procedure were ever started and ended: the metrics' counters
-- (aptika_requests_started_total, _finished_total). Counted when each start and end commits, so
-- they never go down when the nightly history cleanup removes the history of old requests.
-- A procedure's row is created at its first start or end, or when the metrics first read it,
-- from what the history holds at that moment (RequestCounts).
create table apt_request_count (
  process_key varchar(255) not null primary key,
  started     bigint       not null,
  ended       bigint       not null
);
