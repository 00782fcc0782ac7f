-- What the SPLP adapter set out to create in the portal, committed before the call. A retry of
-- the same process instance that finds the object in the portal knows it is its own, created by
-- an attempt whose own commit never happened, and goes on instead of creating it twice.
create table apt_portal_attempt (
  process_instance_id varchar(64)  not null,
  kind                varchar(20)  not null,
  name                varchar(200) not null,
  started_at          timestamp    not null,
  primary key (process_instance_id, kind, name)
);
