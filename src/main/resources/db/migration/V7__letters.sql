-- Letter numbers: one counter per year. A number is taken in the transaction that signs the
-- letter, under the row's lock, so concurrent approvals never share or skip a number.
create table apt_letter_sequence (
  number_year integer not null primary key,
  last_number integer not null
);

-- The office's issued documents (reply letters, activity reports): the draft and the final
-- version are apt_document rows; this row ties them to the request, the number and the signer.
create table apt_letter (
  id                  varchar(36)  not null primary key,
  kind                varchar(20)  not null,
  process_instance_id varchar(64)  not null,
  letter_number       varchar(100),
  number_year         integer,
  sequence_number     integer,
  draft_document_id   varchar(36),
  final_document_id   varchar(36),
  signer_name         varchar(200),
  signer_method       varchar(20),
  signed_at           timestamp,
  created_at          timestamp    not null,
  constraint apt_letter_number unique (letter_number)
);
create index apt_letter_process on apt_letter (process_instance_id, kind);

-- Mail may carry stored documents as attachments (ids of apt_document, comma separated), and
-- says which request it belongs to.
alter table apt_outbox add column attachment_document_ids varchar(400);
alter table apt_outbox add column process_instance_id varchar(64);
