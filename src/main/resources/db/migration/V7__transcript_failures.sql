-- A feed's transcript that could not be had is recorded too, so that its episode can say why it holds
-- no quotes: role UNFETCHED (the URL could not be fetched) or UNREADABLE (fetched, but not read as a
-- transcript), with the message in errors. A transcript never fetched has no bytes to hash.
-- Runs on H2 2.x and PostgreSQL 15.
alter table transcript_source alter column sha256 drop not null;
