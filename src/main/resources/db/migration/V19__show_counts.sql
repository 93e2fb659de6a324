-- A show's own counts, kept like V10's by org.podquote.stats.ShowStats in the transaction that
-- changes its episodes or credits (import, replace, fold, edits, deletions, merges of people), so
-- that its page and the API read one row instead of counting a show of thousands of episodes on
-- every view. No foreign keys, as in V10. Runs on H2 2.x and PostgreSQL 15.

-- Every episode of a show (quoted or not), those with a date, those with a number, and the dates
-- they span (null: none dated). No row for a show without episodes.
create table podcast_episode_stats (
    podcast_id bigint primary key,
    episodes   bigint not null,
    dated      bigint not null,
    numbered   bigint not null,
    first_date date,
    last_date  date
);

-- Who is credited on a show (podcast:person), in which role, on how many of its episodes.
create table podcast_credit_stats (
    podcast_id bigint       not null,
    speaker_id bigint       not null,
    role       varchar(100) not null,
    episodes   bigint       not null,
    primary key (podcast_id, speaker_id, role)
);
create index ix_podcast_credit_stats_speaker on podcast_credit_stats (speaker_id, podcast_id);

insert into podcast_episode_stats (podcast_id, episodes, dated, numbered, first_date, last_date)
select podcast_id, count(*), count(published_on), count(number), min(published_on), max(published_on)
  from episode
 group by podcast_id;

insert into podcast_credit_stats (podcast_id, speaker_id, role, episodes)
select e.podcast_id, c.speaker_id, c.role, count(distinct c.episode_id)
  from credit c join episode e on e.id = c.episode_id
 group by e.podcast_id, c.speaker_id, c.role;
