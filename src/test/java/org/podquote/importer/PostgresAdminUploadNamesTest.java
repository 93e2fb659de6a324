package org.podquote.importer;

import org.podquote.testing.OnPostgres;

/** The upload names on PostgreSQL, which refuses a NUL in any text it stores. */
@OnPostgres
class PostgresAdminUploadNamesTest extends AdminUploadNamesTest {

}
