package org.podquote.importer;

import org.podquote.testing.OnPostgres;

/** The same failures on PostgreSQL, where an error inside a transaction aborts all of it: nothing is left behind. */
@OnPostgres
class PostgresImportFailureTest extends ImportFailureTest {

}
