package org.podquote.timeline;

import org.podquote.testing.OnPostgres;

/** The same charts on PostgreSQL. */
@OnPostgres
class PostgresChartsPageTest extends ChartsPageTest {

}
