-- A mail is tried a bounded number of times (aptika.mail.max-attempts), with growing pauses in
-- between; then it is GAGAL until a person retries it or records that it went out another way
-- (DIKIRIM_MANUAL: the day, the channel and who recorded it). next_attempt_at also serves as the
-- claim of a dispatcher: the one whose update moves it forward is the one that sends the mail.
alter table apt_outbox add column next_attempt_at timestamp;
alter table apt_outbox add column manual_sent_on date;
alter table apt_outbox add column manual_channel varchar(20);
alter table apt_outbox add column manual_note varchar(500);
alter table apt_outbox add column handled_by varchar(64);
