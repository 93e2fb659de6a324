package org.podquote.system;

import org.podquote.testing.OnPostgres;

/** The same schema on PostgreSQL, which, unlike H2, makes no index for a foreign key by itself. */
@OnPostgres
class PostgresDatabaseTest extends DatabaseTest {

	@Override
	String product() {
		return "PostgreSQL";
	}

}
