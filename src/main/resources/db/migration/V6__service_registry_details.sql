-- The registry of services (SOP 060/018, "Pencatatan dan pendataan") records what step 5 created
-- on the servers: the record's time to live, the hosting site, the contact's phone, and when the
-- entry last changed. Status: DIPROSES (reserved while step 5 runs), AKTIF (exists on the
-- servers), DICATAT (recorded offline, not created).
alter table apt_service add column ttl integer;
alter table apt_service add column contact_phone varchar(30);
alter table apt_service add column hosting_provider varchar(40);
alter table apt_service add column document_root varchar(500);
alter table apt_service add column updated_at timestamp;
