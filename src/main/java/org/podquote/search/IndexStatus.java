package org.podquote.search;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Whether the search index is being rebuilt, or the last rebuild failed, so that the search page
 * and {@code /actuator/health} can say why results may be missing.
 */
@Component
public class IndexStatus {

	enum State {

		READY, REBUILDING, FAILED

	}

	/** One snapshot, so that a reader never sees the state of one moment and the reason of another. */
	record Snapshot(State state, Instant since, String failure) {
	}

	private volatile Snapshot current = new Snapshot(State.READY, null, null);

	public boolean isRebuilding() {
		return current.state() == State.REBUILDING;
	}

	/** Whether the last rebuild failed, and no other has succeeded since. */
	public boolean isFailed() {
		return current.state() == State.FAILED;
	}

	Snapshot snapshot() {
		return current;
	}

	void rebuilding(Instant since) {
		current = new Snapshot(State.REBUILDING, since, null);
	}

	void rebuilt(Instant at) {
		current = new Snapshot(State.READY, at, null);
	}

	void failed(Instant at, String reason) {
		current = new Snapshot(State.FAILED, at, reason);
	}

}
