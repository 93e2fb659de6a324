package org.podquote.episode;

import org.podquote.testing.OnPostgres;

/** The same episode page on PostgreSQL. */
@OnPostgres
class PostgresEpisodePageTest extends EpisodePageTest {

}
