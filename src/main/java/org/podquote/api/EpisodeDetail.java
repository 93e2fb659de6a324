package org.podquote.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.appearance.QuoteView;
import org.podquote.episode.CreditView;
import org.podquote.episode.Episode;
import org.podquote.episode.Episodes;
import org.podquote.episode.SpeakingTime;
import org.podquote.system.WebAddresses;

@Schema(description = "An episode with its whole transcript, in spoken order")
record EpisodeDetail(String slug, String title, PodcastRef podcast,
		@Schema(description = "its number in the show; null when unknown") Integer number,
		@Schema(description = "null when the source gives no date") LocalDate publishedOn,
		@Schema(description = "null when unknown") Integer durationSeconds,
		@Schema(description = "h:mm:ss or m:ss; null when unknown", example = "1:34:24") String duration,
		@Schema(description = "the audio file; null when unknown") String audioUrl,
		@Schema(description = "the episode's own web page; null when unknown") String link,
		@Schema(description = "quotes in the transcript") long quotes,
		@Schema(description = "the transcript page") String url,
		@Schema(description = "the people credited on the episode (podcast:person, roles in transcript labels)") List<Credit> credits,
		List<Line> transcript,
		@Schema(description = "who speaks how long, longest first, over the timed quotes (each to its end, else to the "
				+ "next quote's start); empty when untimed") List<Speaking> speakingTime) {

	@Schema(name = "SpeakingShare", description = "A speaker's part of the episode's timed speech")
	record Speaking(@Schema(description = "the person, the unnamed voice, or null when unknown") String name,
			@Schema(description = "the person's slug; null for a voice") String slug,
			@Schema(description = "seconds of speech") long seconds,
			@Schema(description = "percent of the episode's timed speech", example = "42.5") double percent,
			@Schema(description = "whether this share stands for all the speakers beyond the five who speak longest") boolean others) {
	}

	@Schema(name = "EpisodeCredit", description = "A person credited on the episode")
	record Credit(String name, String slug,
			@Schema(description = "the role, in the Podcasting 2.0 taxonomy's spelling when it is one of its roles, "
					+ "else as written with each word capitalised", example = "Co-Host") String role,
			@Schema(description = "the role's group (Cast, Writing…); null when unknown", example = "Cast") String group,
			@Schema(description = "the person's page") String url) {
	}

	@Schema(name = "TranscriptLine", description = "One quote of the transcript")
	record Line(long id, @Schema(description = "order in the episode, from 0") int position,
			@Schema(description = "a narrated heading rather than running speech") boolean heading,
			@Schema(description = "null when the voice is unknown or unnamed") SpeakerRef speaker,
			@Schema(description = "the unnamed voice of this episode the transcript gives instead of a person, "
					+ "such as \"Speaker 1\"; null when a person is known or the voice is unknown") String voice,
			String text,
			@Schema(description = "milliseconds into the episode; null when untimed") Long startMs,
			@Schema(description = "h:mm:ss or m:ss into the episode; null when untimed") String startTime,
			@Schema(description = "the quote in the transcript page") String url) {
	}

	static EpisodeDetail of(Episode e, List<CreditView> credits, List<QuoteView> quotes, Links links) {
		String podcast = e.getPodcast().getSlug();
		return new EpisodeDetail(e.getSlug(), e.getTitle(), PodcastRef.of(podcast, e.getPodcast().getTitle(), links),
				e.getNumber(), e.getPublishedOn(), e.getDuration() == null ? null : (int) e.getDuration().toSeconds(),
				e.getDuration() == null ? null : Episodes.clock(e.getDuration()), WebAddresses.web(e.getAudioUrl()),
				WebAddresses.web(e.getLink()), quotes.size(),
				links.episode(podcast, e.getSlug()),
				credits.stream()
					.map(c -> new Credit(c.speakerName(), c.speakerSlug(), c.role(), c.group(),
							links.speaker(c.speakerSlug())))
					.toList(),
				quotes.stream()
					.map(q -> new Line(q.id(), q.position(), q.heading(),
							SpeakerRef.of(q.speakerSlug(), q.speakerName(), links), q.voice(), q.text(), q.startMs(),
							q.time(),
							links.absolute(q.url())))
					.toList(),
				SpeakingTime.of(quotes)
					.shares()
					.stream()
					.map(share -> new Speaking(share.name(), share.slug(), share.seconds(), share.percent(), share.others()))
					.toList());
	}

}
