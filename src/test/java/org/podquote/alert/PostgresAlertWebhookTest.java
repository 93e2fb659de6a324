package org.podquote.alert;

import org.podquote.testing.OnPostgres;
import org.springframework.context.annotation.Import;

/** The same saved searches and webhook deliveries on PostgreSQL, where V11's tables are made by its own migration. */
@OnPostgres
// the clock a test moves: nested configuration is found on the test class itself only
@Import(AlertWebhookTest.Clocks.class)
class PostgresAlertWebhookTest extends AlertWebhookTest {

}
