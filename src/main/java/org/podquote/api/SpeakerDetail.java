package org.podquote.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.podquote.speaker.Roles;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerStats;

@Schema(description = "A person: roles, how often and when they are quoted, and where to read more")
record SpeakerDetail(String slug, String name,
		@Schema(description = "roles credited in episodes, as shown (Host, Co-Host, Guest…)") List<String> roles,
		@Schema(description = "quotes of this person") long appearances,
		@Schema(description = "episodes they are quoted in") long episodes,
		@Schema(description = "podcasts they are quoted in") long podcasts,
		@Schema(description = "episodes they are credited on (podcast:person, transcript labels), quoted in them or not") long creditedEpisodes,
		@Schema(description = "date of the earliest dated episode; null when none is dated") LocalDate first,
		@Schema(description = "date of the latest dated episode; null when none is dated") LocalDate last,
		@Schema(description = "the speaker's page") String url, String appearancesUrl, String timelineUrl,
		@Schema(description = "Atom feed of their newest quotes") String atomUrl,
		@Schema(description = "their speaking time in seconds over their timed quotes (each to its end, else to the "
				+ "next quote's start); 0 when none is timed") long speakingSeconds,
		@Schema(description = "a picture of them from a feed's podcast:person img; null when none") String imageUrl,
		@Schema(description = "a page about them from a feed's podcast:person href; null when none") String linkUrl) {

	static SpeakerDetail of(Speaker speaker, List<String> roles, SpeakerStats stats, long creditedEpisodes,
			long speakingMs, Links links) {
		String slug = speaker.getSlug();
		return new SpeakerDetail(slug, speaker.getName(), Roles.displayAll(roles), stats.appearances(),
				stats.episodes(), stats.podcasts(), creditedEpisodes, stats.first(), stats.last(), links.speaker(slug),
				links.apiSpeakerAppearances(slug), links.apiSpeakerTimeline(slug), links.speakerFeed(slug), speakingMs / 1000,
				speaker.getImageUrl(), speaker.getLinkUrl());
	}

}
