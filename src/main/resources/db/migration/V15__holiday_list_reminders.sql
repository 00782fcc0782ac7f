-- One row per ISO week in which the administrators were reminded of a missing holiday list: the
-- primary key lets only one node of many send the week's reminder.
create table apt_holiday_list_reminder (
  iso_week varchar(8) primary key,
  years varchar(100) not null,
  sent_at timestamp not null
);
