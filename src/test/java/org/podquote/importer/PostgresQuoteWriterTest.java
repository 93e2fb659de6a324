package org.podquote.importer;

import org.podquote.testing.OnPostgres;

/** The same JDBC-written quotes on PostgreSQL: rows, ids from the sequence, the index and the counts. */
@OnPostgres
class PostgresQuoteWriterTest extends QuoteWriterTest {

}
