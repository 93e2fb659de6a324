package org.podquote.importer;

import org.podquote.testing.OnPostgres;

/** The bad-input corpus on PostgreSQL, whose refusals (a NUL, a value too long) differ from H2's: none may reach it. */
@OnPostgres
class PostgresBadInputCorpusTest extends BadInputCorpusTest {

}
