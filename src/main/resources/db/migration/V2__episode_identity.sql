-- Episode identity and the facts a transcript file gives. Runs on H2 2.x and PostgreSQL 15.
--
-- A loose file's episode is now keyed by its path without the extension ("file:episodes/jane-doe/transcript"),
-- no longer by its bare name ("file:<podcast-slug>/transcript.md"). Guids of the old form are kept as they
-- are: the importer still finds an episode by its old guid, moves it to the new key on the next import of
-- the same file, and folds episodes that the old form made of one episode's other formats into it. No
-- rewrite here could be right, since the old guid does not say which folder the file was in.

-- the episode's number in its show (from the file name, the file's own metadata or the feed)
alter table episode add column number integer;
-- the episode's web page
alter table episode add column link varchar(2000);
create index ix_episode_number on episode (podcast_id, number);

-- TRANSCRIPT: the source the episode's quotes were read from; ALTERNATIVE: the same episode in a poorer
-- format beside it (show.srt next to show.json), recorded but not read into quotes
alter table transcript_source add column role varchar(20) default 'TRANSCRIPT' not null;
create index ix_source_episode on transcript_source (episode_id);
