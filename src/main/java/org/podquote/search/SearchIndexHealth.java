package org.podquote.search;

import java.time.Duration;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code searchIndex} in {@code /actuator/health}: {@code OUT_OF_SERVICE} while the index is being
 * rebuilt, {@code DOWN} when the last rebuild failed or when the index and the database hold
 * different numbers of quotes, else {@code UP}; with the two counts, the state, since when, and
 * why a rebuild failed. An import in another process commits each episode to the database before
 * its quotes reach the index, so a difference is counted again for a moment before it is reported;
 * while the app is still starting (loading the seed, say) it is {@code OUT_OF_SERVICE}, {@code starting}.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

	/** How long a difference may last before it is one: an episode's index write, with margin. */
	static final Duration SETTLE = Duration.ofSeconds(1);

	private static final int RECOUNTS = 4;

	private final IndexStatus status;

	private final AppearanceRepository appearances;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final ApplicationAvailability availability;

	SearchIndexHealth(IndexStatus status, AppearanceRepository appearances, EntityManager entityManager,
			TransactionTemplate transactions, ApplicationAvailability availability) {
		this.availability = availability;
		this.status = status;
		this.appearances = appearances;
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	@Override
	public Health health() {
		IndexStatus.Snapshot now = status.snapshot();
		long database = appearances.count();
		long index;
		try {
			index = documents();
			for (int i = 0; i < RECOUNTS && index != database && now.state() == IndexStatus.State.READY; i++) {
				Thread.sleep(SETTLE.toMillis() / RECOUNTS);
				database = appearances.count();
				index = documents();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
		catch (RuntimeException ex) {
			return Health.down()
				.withDetail("state", "unreachable")
				.withDetail("databaseQuotes", database)
				.withDetail("error", IndexRebuild.reason(ex))
				.build();
		}
		Health.Builder health = switch (now.state()) {
			case REBUILDING -> Health.outOfService().withDetail("state", "rebuilding");
			case FAILED -> Health.down().withDetail("state", "failed").withDetail("error", now.failure());
			case READY -> index == database ? Health.up().withDetail("state", "ready")
					: availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC
							? Health.outOfService().withDetail("state", "starting")
							: Health.down().withDetail("state", "out of step");
		};
		if (now.since() != null) {
			health.withDetail("since", now.since().toString());
		}
		return health.withDetail("databaseQuotes", database).withDetail("indexedQuotes", index).build();
	}

	private long documents() {
		return transactions.execute(
				tx -> Search.session(entityManager).search(Appearance.class).where(f -> f.matchAll()).fetchTotalHitCount());
	}

}
