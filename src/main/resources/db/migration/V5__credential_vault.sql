-- Credentials of another system (an SPLP consumer secret, an API key) waiting to be shown once to
-- the person they belong to: encrypted (AES-256-GCM, key from the environment), deleted when
-- read or when they expire. They never enter process variables or history.
create table apt_secret (
  id                  varchar(36)   not null primary key,
  process_instance_id varchar(64)   not null,
  owner               varchar(64)   not null,
  iv                  varchar(32)   not null,
  ciphertext          varchar(8000) not null,
  created_at          timestamp     not null,
  expires_at          timestamp     not null
);
