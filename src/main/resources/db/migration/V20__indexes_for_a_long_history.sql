-- Our tables that grow with every request are read by an index wherever the office reads them, so
-- that no read costs more as the history grows (GrowingTablesIT; docs/performance.md).

-- A request's mails (a mail sent once, the letters list) and the mails by status (the dispatcher
-- every 30 s, the backlog in the metrics, the outbox list): most mails are long sent.
create index apt_outbox_process on apt_outbox (process_instance_id, id);
create index apt_outbox_status on apt_outbox (status, id);

-- The escalated overruns of the late steps listed, and the overruns of a period for the SOP
-- evaluation (due, reminded or escalated in it).
create index apt_sla_breach_task on apt_sla_breach (task_id);
create index apt_sla_breach_due on apt_sla_breach (due_at);
create index apt_sla_breach_reminded on apt_sla_breach (reminded_at);
create index apt_sla_breach_escalated on apt_sla_breach (escalated_at);

-- The letters issued, most recently signed first.
create index apt_letter_signed on apt_letter (signed_at);

-- The reply letter's number recorded on the request's service.
create index apt_service_process on apt_service (process_instance_id);
