package org.podquote.search;

import org.podquote.testing.OnPostgres;

/** The same contract with the library on PostgreSQL (the index stays Lucene). */
@OnPostgres
class PostgresQuoteSearchContractTest extends QuoteSearchContractTest {

}
