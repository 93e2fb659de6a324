-- Counts that pages read instead of counting quotes on every view: home, /speakers, /charts, a
-- speaker's page (totals, chart, episode table, "appears with") and a show's episode list. They are
-- derived from appearance alone and kept in step by org.podquote.stats.LibraryStats in the same
-- transaction as every write of a quote or an episode (import, deletion, admin edit, voice name).
-- No foreign keys: a deletion removes the rows it counted after the fact, in that transaction, and
-- a key would make it delete them first. Runs on H2 2.x and PostgreSQL 15.

-- Quotes per episode (all of them, the unnamed voices' too), with the episode's show, and who opens
-- it: the first named voice among its first ten passages that are not headings (a host's evidence).
create table episode_stats (
    episode_id bigint primary key,
    podcast_id bigint not null,
    quotes     bigint not null,
    opener_id  bigint
);
create index ix_episode_stats_podcast on episode_stats (podcast_id, episode_id);
create index ix_episode_stats_opener on episode_stats (opener_id, podcast_id);

-- A person's quotes per episode: their page's episode table, chart and totals.
create table speaker_episode_stats (
    speaker_id bigint not null,
    episode_id bigint not null,
    podcast_id bigint not null,
    quotes     bigint not null,
    primary key (speaker_id, episode_id)
);
create index ix_speaker_episode_stats_episode on speaker_episode_stats (episode_id, speaker_id);

-- A person's quotes and episodes per show: a show's most quoted people.
create table speaker_podcast_stats (
    speaker_id bigint not null,
    podcast_id bigint not null,
    quotes     bigint not null,
    episodes   bigint not null,
    primary key (speaker_id, podcast_id)
);
create index ix_speaker_podcast_stats_podcast on speaker_podcast_stats (podcast_id, quotes);

-- A person's totals: the people index, the most quoted people. A row only for a person with a quote.
create table speaker_stats (
    speaker_id bigint primary key,
    quotes     bigint not null,
    episodes   bigint not null,
    podcasts   bigint not null
);
create index ix_speaker_stats_quotes on speaker_stats (quotes, speaker_id);

-- In how many episodes two people are both quoted, both ways round: "appears with".
create table speaker_pair_stats (
    speaker_id bigint not null,
    other_id   bigint not null,
    episodes   bigint not null,
    primary key (speaker_id, other_id)
);

-- A show's quotes, its episodes with quotes and the latest date among them (null: none dated).
create table podcast_stats (
    podcast_id bigint primary key,
    quotes     bigint not null,
    episodes   bigint not null,
    latest     date
);

insert into episode_stats (episode_id, podcast_id, quotes)
select a.episode_id, e.podcast_id, count(*)
  from appearance a join episode e on e.id = a.episode_id
 group by a.episode_id, e.podcast_id;

update episode_stats set opener_id = (
    select a.speaker_id from appearance a
     where a.episode_id = episode_stats.episode_id and a.position < 10 and a.speaker_id is not null and a.heading = false
     order by a.position fetch first 1 rows only);

insert into speaker_episode_stats (speaker_id, episode_id, podcast_id, quotes)
select a.speaker_id, a.episode_id, e.podcast_id, count(*)
  from appearance a join episode e on e.id = a.episode_id
 where a.speaker_id is not null
 group by a.speaker_id, a.episode_id, e.podcast_id;

insert into speaker_podcast_stats (speaker_id, podcast_id, quotes, episodes)
select speaker_id, podcast_id, sum(quotes), count(*)
  from speaker_episode_stats
 group by speaker_id, podcast_id;

insert into speaker_stats (speaker_id, quotes, episodes, podcasts)
select speaker_id, sum(quotes), sum(episodes), count(*)
  from speaker_podcast_stats
 group by speaker_id;

insert into speaker_pair_stats (speaker_id, other_id, episodes)
select mine.speaker_id, other.speaker_id, count(*)
  from speaker_episode_stats mine
  join speaker_episode_stats other on other.episode_id = mine.episode_id and other.speaker_id <> mine.speaker_id
 group by mine.speaker_id, other.speaker_id;

insert into podcast_stats (podcast_id, quotes, episodes, latest)
select s.podcast_id, sum(s.quotes), count(*), max(e.published_on)
  from episode_stats s join episode e on e.id = s.episode_id
 group by s.podcast_id;
