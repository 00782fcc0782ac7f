-- The directory of requesting units (OPD). A unit's id is also its Camunda tenant id.
-- The letter fields (head's title and name, address) fill the "Yth." block of reply letters.
create table apt_unit (
  id          varchar(32)  not null primary key,
  name        varchar(200) not null,
  head_title  varchar(300) not null,
  head_name   varchar(200) not null,
  address     varchar(500) not null,
  email       varchar(254) not null,
  updated_at  timestamp    not null,
  updated_by  varchar(64)  not null
);
