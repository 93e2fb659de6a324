package org.podquote.speaker;

import org.podquote.testing.OnPostgres;

/** The same speaker page on PostgreSQL. */
@OnPostgres
class PostgresSpeakerPageTest extends SpeakerPageTest {

}
