package org.podquote.episode;

import java.time.Instant;
import java.util.List;

/**
 * Why an episode holds no quotes, as its page says it: its feed named no transcript, the one it
 * named could not be fetched or could not be read (with the message, {@code file:line} for a
 * file that did not read), or the transcript read holds nothing to quote.
 *
 * @param location the transcript's URL or path, null when there is none
 * @param error what went wrong, null when nothing did
 * @param at when it was tried, null when nothing was
 */
public record TranscriptState(Kind kind, String location, String error, Instant at) {

	public enum Kind {

		/** no transcript was ever named for the episode (a feed item without {@code podcast:transcript}) */
		NONE,

		/** named, but it could not be fetched */
		UNFETCHED,

		/** fetched, but not read as a transcript */
		UNREADABLE,

		/** read, with nothing in it to quote */
		EMPTY

	}

	/** What the sources recorded for an episode without quotes say: the latest failure, else what was read. */
	static TranscriptState of(List<TranscriptSource> sources) {
		TranscriptSource failed = null;
		TranscriptSource read = null;
		for (TranscriptSource source : sources) {
			if (source.getRole().failed()) {
				failed = source;
			}
			else if (source.getRole() == TranscriptSource.Role.TRANSCRIPT) {
				read = source;
			}
		}
		if (failed != null) {
			return new TranscriptState(
					failed.getRole() == TranscriptSource.Role.UNFETCHED ? Kind.UNFETCHED : Kind.UNREADABLE,
					failed.getLocation(), failed.getErrors(), failed.getImportedAt());
		}
		if (read != null) {
			return new TranscriptState(Kind.EMPTY, read.getLocation(), null, read.getImportedAt());
		}
		return new TranscriptState(Kind.NONE, null, null, null);
	}

	/** Whether fetching it again could help: it was named, and it failed. */
	public boolean retryable() {
		return kind == Kind.UNFETCHED || kind == Kind.UNREADABLE;
	}

	public String messageKey() {
		return "episode.transcript." + kind.name();
	}

}
