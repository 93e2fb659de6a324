package org.podquote.importer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import org.podquote.appearance.Appearance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an episode's new quotes in JDBC batches on the transaction's own connection, past the
 * persistence context: persisting them made Hibernate hold, dirty-check and flush each one, which
 * was most of the import's own time. What persisting did besides is done here: each quote's id
 * comes from its own generator (the blocks of {@link Appearance#ID_SEQUENCE} the session takes
 * from too), and once the rows are written every post-insert listener the session factory has is
 * told of each quote, as a flush tells them: the search index (whose document is then written when
 * the transaction commits, and not if it rolls back) and the maintained counts
 * ({@code stats.StatsIntegration}, which recounts the episode before the commit), and whatever
 * listens next. Call inside a transaction, after the episode and the speakers exist; the quotes
 * are not managed by the session afterwards.
 */
@Component
class QuoteWriter {

	/** Every column of a new quote; {@code meaning} stays null until the embedder reaches it. */
	static final String INSERT = "insert into appearance (id, episode_id, speaker_id, voice, position, text, substance, "
			+ "heading, start_ms, end_ms, attribution, lead) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	static final int BATCH = 500;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	QuoteWriter(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** Stores new quotes, all of one episode, giving each its id. */
	void insert(List<Appearance> quotes) {
		if (quotes.isEmpty()) {
			return;
		}
		SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
		EntityPersister persister = session.getEntityPersister(null, quotes.get(0));
		BeforeExecutionGenerator ids = (BeforeExecutionGenerator) persister.getGenerator();
		for (Appearance quote : quotes) {
			persister.setIdentifier(quote, ids.generate(session, quote, null, EventType.INSERT), session);
		}
		jdbc.batchUpdate(INSERT, quotes, BATCH, QuoteWriter::bind);
		EventListenerGroup<PostInsertEventListener> listeners = session.getFactory()
			.getEventListenerGroups().eventListenerGroup_POST_INSERT;
		for (Appearance quote : quotes) {
			listeners.fireEventOnEachListener(
					new PostInsertEvent(quote, quote.getId(), persister.getValues(quote), persister, session),
					PostInsertEventListener::onPostInsert);
		}
	}

	private static void bind(PreparedStatement insert, Appearance quote) throws SQLException {
		insert.setLong(1, quote.getId());
		insert.setLong(2, quote.getEpisode().getId());
		if (quote.getSpeaker() == null) {
			insert.setNull(3, Types.BIGINT);
		}
		else {
			insert.setLong(3, quote.getSpeaker().getId());
		}
		insert.setString(4, quote.getVoice());
		insert.setInt(5, quote.getPosition());
		insert.setString(6, quote.getText());
		insert.setInt(7, quote.getSubstance());
		insert.setBoolean(8, quote.isHeading());
		setLong(insert, 9, quote.getStartMs());
		setLong(insert, 10, quote.getEndMs());
		insert.setString(11, quote.getAttribution().name());
		insert.setString(12, quote.getLead());
	}

	private static void setLong(PreparedStatement insert, int index, Long value) throws SQLException {
		if (value == null) {
			insert.setNull(index, Types.BIGINT);
		}
		else {
			insert.setLong(index, value);
		}
	}

}
