-- A saved search's match remembers the quote by its content too (its show, episode and words), so
-- that an episode whose transcript is replaced (new rows, new ids) does not announce the same
-- quotes again: the match moves to the new row instead. Older matches have no key and are known
-- by their id alone, as before.
alter table saved_search_match add column quote_key varchar(64);
create index ix_saved_search_match_key on saved_search_match (saved_search_id, quote_key);
