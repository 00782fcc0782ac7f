-- The digest (SHA-256, hexadecimal) of the XHTML the draft in force was rendered from: a draft
-- raised without a changed word is the same document, and is not rendered and stored again.
alter table apt_letter add column draft_source_sha256 varchar(64);
