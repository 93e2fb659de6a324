package org.podquote.stats;

import org.podquote.testing.OnPostgres;

/** The same show counts and credits on PostgreSQL, through every kind of write. */
@OnPostgres
class PostgresShowStatsTest extends ShowStatsTest {

}
