package org.podquote.speaker;

import java.util.List;

import org.podquote.search.LibraryCache;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What a person's page shows of them that changes only with the library, kept per version of it:
 * their episodes with their counts (which the totals, the chart, the episode table and the pages of
 * their quotes are made from), roles, inferred hosting, credits and who they appear with. Each is
 * read from the maintained counts, but for a host of 80,000 quotes in a thousand episodes reading
 * and ordering them is most of a first view; {@link PersonPrefill} fills them for the most quoted
 * people after each change, so that none of their pages reads them on its first visit.
 */
@Component
class PersonTotals {

	/** How many people's totals are kept between changes of the library (the prefill's and the last visited). */
	static final int KEPT = 64;

	/** Who appears most with them: as many as the page shows. */
	static final int APPEARS_WITH = 8;

	/** Credits listed under "credited, not quoted"; a producer of hundreds of episodes gets the newest. */
	static final int CREDITED_ROWS = 100;

	record Totals(SpeakerEpisodes all, List<String> roles, List<HostInference.Host> hosts, long creditedEpisodes,
			List<CreditedEpisode> creditedOnly, List<SpeakerCount> appearsWith, SpeakingTimes.Total time) {
	}

	private final SpeakerRepository speakers;

	private final HostInference hosts;

	private final SpeakingTimes times;

	private final LibraryCache.Bounded<Long, Totals> kept;

	PersonTotals(SpeakerRepository speakers, HostInference hosts, SpeakingTimes times, LibraryCache cache) {
		this.speakers = speakers;
		this.hosts = hosts;
		this.times = times;
		this.kept = cache.bounded(KEPT);
	}

	Totals of(Speaker speaker) {
		return kept.get(speaker.getId(), () -> read(speaker));
	}

	private Totals read(Speaker speaker) {
		SpeakerEpisodes all = SpeakerEpisodes.of(speakers.findEpisodes(speaker));
		return new Totals(all, speakers.findRoles(speaker), hosts.hosts(speaker, all),
				speakers.countCreditedEpisodes(speaker),
				CreditedEpisode.of(speakers.findCreditedNotQuoted(speaker, PageRequest.of(0, CREDITED_ROWS))),
				speakers.findAppearsWith(speaker, PageRequest.of(0, APPEARS_WITH)), times.totalOf(speaker.getId()));
	}

}
