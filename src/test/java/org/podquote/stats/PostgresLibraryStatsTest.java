package org.podquote.stats;

import org.podquote.testing.OnPostgres;

/** The same counts on PostgreSQL, through every kind of write. */
@OnPostgres
class PostgresLibraryStatsTest extends LibraryStatsTest {

}
