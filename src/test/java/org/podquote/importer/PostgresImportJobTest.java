package org.podquote.importer;

import org.podquote.testing.OnPostgres;

/** The same imports on PostgreSQL: each format, re-imports, replacements, aliases and provenance. */
@OnPostgres
class PostgresImportJobTest extends ImportJobTest {

}
