-- A person's speaking time per episode, kept with their quote count so that their page and the API
-- read a sum over their rows instead of timing every passage of every episode they are in. The rule
-- is the episode page's bar (episode/SpeakingTime): a passage lasts from its start to its end, or,
-- without an end, to the start of the next passage in its episode; untimed passages and headings
-- count nothing. Kept in step by org.podquote.stats.LibraryStats. Runs on H2 2.x and PostgreSQL 15.

alter table speaker_episode_stats add column speaking_ms bigint default 0 not null;

-- filled for the existing library by recounting the table (the quote counts come out as before)
delete from speaker_episode_stats;

insert into speaker_episode_stats (speaker_id, episode_id, podcast_id, quotes, speaking_ms)
select t.speaker_id, t.episode_id, e.podcast_id, count(*),
       coalesce(sum(case when t.heading or t.start_ms is null then 0
                         when t.end_ms is not null then greatest(t.end_ms - t.start_ms, 0)
                         when t.next_start is not null then greatest(t.next_start - t.start_ms, 0)
                         else 0 end), 0)
  from (select a.speaker_id, a.episode_id, a.start_ms, a.end_ms, a.heading,
               lead(a.start_ms) over (partition by a.episode_id order by a.position) as next_start
          from appearance a) t
  join episode e on e.id = t.episode_id
 where t.speaker_id is not null
 group by t.speaker_id, t.episode_id, e.podcast_id;
