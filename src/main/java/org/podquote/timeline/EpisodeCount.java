package org.podquote.timeline;

/**
 * Quotes in one episode that has no date, with what places it in its show: the show and the
 * episode's number (null when it has none).
 */
public record EpisodeCount(String podcastSlug, String podcastTitle, Integer number, Long count) {
}
