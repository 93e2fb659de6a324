package org.podquote.atom;

import org.podquote.testing.OnPostgres;

/** The same feeds on PostgreSQL. */
@OnPostgres
class PostgresAtomFeedsTest extends AtomFeedsTest {

}
