package org.podquote.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.podquote.appearance.Appearance;
import org.podquote.podcast.PodcastRepository;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerNames;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.system.Slugs;
import org.springframework.stereotype.Component;

/**
 * The people and shows whose name is the whole query, case, spacing and punctuation aside ("mat
 * ryer", "Go Time", "erik st martin"): by a person's name key or the slug their name makes, a
 * show's slug (lookups on unique columns), else a person's other spellings (the small alias table).
 * How many quotes are theirs is counted in the index, like the facets. A query in the query
 * language (a minus, OR, a star, quotes inside) is no name.
 */
@Component
class NameMatches {

	/** Longer than a name; a long query is not worth the lookups. */
	static final int MAX_LENGTH = 120;

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private final SpeakerRepository speakers;

	private final PodcastRepository podcasts;

	private final EntityManager entityManager;

	/** How many queries' answers are kept per version of the library. */
	static final int KEPT = 2_000;

	private final LibraryVersion version;

	/** The answers of one version of the library, by name, the least recently asked dropped first. */
	private record Kept(long version, Map<String, List<NameMatch>> answers) {
	}

	private volatile Kept kept = new Kept(-1, Map.of());

	NameMatches(SpeakerRepository speakers, PodcastRepository podcasts, EntityManager entityManager,
			LibraryVersion version) {
		this.speakers = speakers;
		this.podcasts = podcasts;
		this.entityManager = entityManager;
		this.version = version;
	}

	/** The people and shows the query names: read once per query and version of the library. */
	List<NameMatch> of(String query) {
		String name = name(query);
		if (name == null) {
			return List.of();
		}
		long now = version.current();
		Kept held = kept;
		if (held.version() != now) {
			held = new Kept(now, Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, List<NameMatch>> eldest) {
					return size() > KEPT;
				}

			}));
			kept = held;
		}
		List<NameMatch> answer = held.answers().get(name);
		if (answer == null) {
			answer = List.copyOf(lookUp(name));
			held.answers().put(name, answer);
		}
		return answer;
	}

	private List<NameMatch> lookUp(String name) {
		Optional<String> slug = slug(name);
		List<NameMatch> matches = new ArrayList<>();
		speakers.findByNameKey(SpeakerNames.key(name))
			.or(() -> slug.flatMap(speakers::findBySlug))
			.or(() -> speakers.findByAliasKey(SpeakerNames.key(name)).stream().findFirst())
			.ifPresent(s -> matches.add(person(s)));
		slug.flatMap(podcasts::findBySlug)
			.ifPresent(p -> matches.add(new NameMatch(NameMatch.Kind.SHOW, p.getSlug(), p.getTitle(),
					count(QuoteIndexMapping.PODCAST, p.getSlug()))));
		return matches;
	}

	/** The query as a name, or null when it uses the query language (a name has no operators). */
	static String name(String query) {
		String text = query == null ? "" : query.strip();
		if (text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1);
		}
		text = SpeakerNames.clean(text);
		if (text.isEmpty() || text.length() > MAX_LENGTH || !LETTER.matcher(text).find() || text.contains("\"")
				|| text.contains("*")
				|| Arrays.stream(text.split(" ")).anyMatch(word -> word.startsWith("-") || word.equals("OR"))) {
			return null;
		}
		return text;
	}

	/** The slug a name makes, unless it makes none (a name in a script that slugs drop, which all make "untitled"). */
	private static Optional<String> slug(String name) {
		String slug = Slugs.of(name);
		return slug.equals(Slugs.of("")) && !SpeakerNames.key(name).equals(slug) ? Optional.empty() : Optional.of(slug);
	}

	private NameMatch person(Speaker speaker) {
		return new NameMatch(NameMatch.Kind.PERSON, speaker.getSlug(), speaker.getName(),
				count(QuoteIndexMapping.SPEAKER, speaker.getSlug()));
	}

	private long count(String field, String slug) {
		return Search.session(entityManager)
			.search(Appearance.class)
			.where(f -> f.match().field(field).matching(slug))
			.fetchTotalHitCount();
	}

}
