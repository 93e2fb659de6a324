-- The last words of the passage before, when the importer cut one speaker's turn between the two,
-- so that an exact phrase across the cut is found (only the search index reads it).
alter table appearance add column lead varchar(400);
