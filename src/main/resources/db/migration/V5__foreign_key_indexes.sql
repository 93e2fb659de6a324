-- An index under every foreign key that no other index leads with, so that finding a speaker's
-- aliases or an episode's transcript sources (and deleting a speaker or an episode, which checks
-- them) does not read the whole table. PostgreSQL makes none by itself; H2 makes its own, which
-- these stand beside. The others are led already: episode (podcast_id, slug), appearance
-- (episode_id, position) and ix_appearance_speaker, credit (episode_id, speaker_id, role) and
-- ix_credit_speaker.
-- "if not exists": the importer's V2 makes ix_source_episode too, and a library may have either.
create index if not exists ix_speaker_alias_speaker on speaker_alias (speaker_id);
create index if not exists ix_source_episode on transcript_source (episode_id);
