package org.podquote.importer;

import org.podquote.testing.OnPostgres;

/**
 * The same feed import on PostgreSQL: episodes, their transcripts and {@code podcast:person} credits,
 * and a value too long named by its field, which the importer checks before it stores (PostgreSQL's own
 * refusal names no column).
 */
@OnPostgres
class PostgresFeedImportTest extends FeedImportTest {

}
