package org.podquote.search;

import org.podquote.testing.OnPostgres;

/** The same search page with the library on PostgreSQL. */
@OnPostgres
class PostgresSearchPageTest extends SearchPageTest {

}
