package org.podquote.episode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An episode's chapters (its table of contents) and soundbites (marked moments) as the page shows
 * them, each with the time it starts and the link that plays it.
 */
public record Moments(List<ChapterView> chapters, List<SoundbiteView> soundbites) {

	public static final Moments NONE = new Moments(List.of(), List.of());

	/**
	 * A chapter.
	 *
	 * @param endMs where it ends: its own end, else the next chapter's start; null for the last without one
	 */
	public record ChapterView(String title, long startMs, Long endMs, String url) {

		public long startSeconds() {
			return startMs / 1000;
		}

		public String time() {
			return Episodes.clock(Duration.ofMillis(startMs));
		}

	}

	/** A soundbite: from its start to its end, both in whole seconds for {@code ?t=&end=}. */
	public record SoundbiteView(String title, long startMs, long durationMs) {

		public long startSeconds() {
			return startMs / 1000;
		}

		/** The whole second at or after the end, so that a clip never stops short. */
		public long endSeconds() {
			return (startMs + durationMs + 999) / 1000;
		}

		public String time() {
			return Episodes.clock(Duration.ofMillis(startMs));
		}

		public String endTime() {
			return Episodes.clock(Duration.ofSeconds(endSeconds()));
		}

		/** Whether a passage starting at this time is part of the soundbite. */
		public boolean covers(Long passageStartMs) {
			return passageStartMs != null && passageStartMs >= startMs && passageStartMs < startMs + durationMs;
		}

	}

	static Moments of(List<Chapter> chapters, List<Soundbite> soundbites) {
		List<ChapterView> views = new ArrayList<>();
		for (int i = 0; i < chapters.size(); i++) {
			Chapter c = chapters.get(i);
			Long end = c.getEndMs() != null ? c.getEndMs()
					: i + 1 < chapters.size() ? Long.valueOf(chapters.get(i + 1).getStartMs()) : null;
			views.add(new ChapterView(c.getTitle(), c.getStartMs(), end, c.getUrl()));
		}
		return new Moments(views, soundbites.stream()
			.map(s -> new SoundbiteView(s.getTitle(), s.getStartMs(), s.getDurationMs()))
			.toList());
	}

	public boolean isEmpty() {
		return chapters.isEmpty() && soundbites.isEmpty();
	}

	/** Whether a passage starting at this time falls in a soundbite: it is marked as a moment. */
	public boolean inSoundbite(Long passageStartMs) {
		return soundbites.stream().anyMatch(s -> s.covers(passageStartMs));
	}

}
