-- Reference numbers of requests (SD-2026-0007): one counter per prefix and year. A number is
-- taken in the transaction that starts the request, under the row's lock, so requests started
-- at the same moment on any number of nodes never share one; a refused start gives it back.
create table apt_reference_sequence (
  prefix      varchar(10) not null,
  number_year integer     not null,
  last_number integer     not null,
  primary key (prefix, number_year)
);
