package org.podquote.podcast;

import org.podquote.testing.OnPostgres;

/** The same show page on PostgreSQL. */
@OnPostgres
class PostgresPodcastPageTest extends PodcastPageTest {

}
