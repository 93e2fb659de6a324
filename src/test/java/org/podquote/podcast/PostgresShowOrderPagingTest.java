package org.podquote.podcast;

import org.podquote.testing.OnPostgres;

/** The same pages on PostgreSQL, whose indexes of V18 end on the id and leave the titles' ties to it. */
@OnPostgres
class PostgresShowOrderPagingTest extends ShowOrderPagingTest {

}
