package org.podquote.subscription;

import org.podquote.testing.OnPostgres;
import org.springframework.context.annotation.Import;

/** The same rounds of a subscription on PostgreSQL. */
@OnPostgres
// the clock a test moves: nested configuration is found on the test class itself only
@Import(SubscriptionRefreshTest.Clocks.class)
class PostgresSubscriptionRefreshTest extends SubscriptionRefreshTest {

}
