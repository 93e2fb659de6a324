package org.podquote.speaker;

import org.podquote.testing.OnPostgres;

/** The same speaking times on PostgreSQL. */
@OnPostgres
class PostgresSpeakingTimeFiguresTest extends SpeakingTimeFiguresTest {

}
