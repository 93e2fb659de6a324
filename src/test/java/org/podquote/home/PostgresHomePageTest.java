package org.podquote.home;

import org.podquote.testing.OnPostgres;

/** The same home page on PostgreSQL. */
@OnPostgres
class PostgresHomePageTest extends HomePageTest {

}
