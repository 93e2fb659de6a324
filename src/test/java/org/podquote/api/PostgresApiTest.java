package org.podquote.api;

import org.podquote.testing.OnPostgres;

/** The same API on PostgreSQL. */
@OnPostgres
class PostgresApiTest extends ApiTest {

}
