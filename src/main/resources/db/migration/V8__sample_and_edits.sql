-- The sample, edits by hand and matched facts. Runs on H2 2.x and PostgreSQL 15.

-- The sample Podquote starts with (the seed) is told by its source, not by its names: a library may
-- hold other LessWrong episodes, and a user may rename the seed's. The seed loader marks what it
-- loads; a library loaded before this marker has the seed's own classpath location and format.
alter table transcript_source add column sample boolean default false not null;
update transcript_source set sample = true
 where format = 'speaker-page' and location = 'seed/speaker-page-sam-marks.txt';
create index ix_source_sample on transcript_source (sample);

-- What last set an episode's facts above what its files say: FEED (import --match-feed), SIDECAR
-- (episodes.csv beside the files) or EDIT (the admin's form). Null: only its files and feed did. A later
-- import of the files fills only the facts the episode lacks, and a match only what an edit left out.
alter table episode add column facts_source varchar(20);

-- What the library remembers of itself: when it last changed other than by an import (an edit, a
-- deletion, a match), and that the sample was removed, so that it is not loaded again.
create table library_mark (
    name      varchar(100) primary key,
    marked_at timestamp    not null
);
