-- What one node leaves for another lives here, not in a node's memory (docs/operations.md).

-- The Kadis's signing passphrase between the approval and the signing job, which may run on
-- another node: sealed like apt_secret (AES-256-GCM, APTIKA_SECRETS_KEY, bound to the request),
-- deleted when the letter is signed or refused, or when it expires (30 minutes).
create table apt_passphrase (
  process_instance_id varchar(64)  not null primary key,
  iv                  varchar(32)  not null,
  ciphertext          varchar(2000) not null,
  expires_at          timestamp    not null
);

-- ShedLock: scheduled work runs on one node at a time (one row per job name).
create table shedlock (
  name       varchar(64)  not null primary key,
  lock_until timestamp    not null,
  locked_at  timestamp    not null,
  locked_by  varchar(255) not null
);

-- The holiday lists' version: each change counts it up, and every node's calendar compares it
-- with the one it has in memory (aptika.calendar.holiday-check-interval).
create table apt_holiday_list_version (
  id      integer not null primary key,
  version bigint  not null
);
insert into apt_holiday_list_version (id, version) values (1, 0);
