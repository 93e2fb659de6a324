package org.podquote.speaker;

import java.time.LocalDate;

/** Aggregates over a speaker's appearances, from one query. */
public record SpeakerStats(long appearances, long episodes, long podcasts, LocalDate first, LocalDate last) {
}
