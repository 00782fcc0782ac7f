-- The "record and pretend" offline mode is gone: in manual mode a person does the step and
-- confirms it in the process, so nothing writes to this table any more. Entries a former offline
-- run left in the service registry (DICATAT) were never created on a server: they stay reserved
-- (DIPROSES) until a person confirms the work.
drop table apt_offline_action;
update apt_service set status = 'DIPROSES' where status = 'DICATAT';
