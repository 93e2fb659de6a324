package org.podquote.appearance;

import org.podquote.testing.OnPostgres;

/** The same quote page on PostgreSQL. */
@OnPostgres
class PostgresQuotePageTest extends QuotePageTest {

}
