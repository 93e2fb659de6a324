package org.podquote.appearance;

import org.podquote.testing.OnPostgres;

/** The same order on PostgreSQL, which, unlike H2, does not hand back unsorted rows in id order. */
@OnPostgres
class PostgresAppearanceOrderTest extends AppearanceOrderTest {

}
