package org.podquote.importer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.podquote.episode.Episodes;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.system.WebAddresses;

/**
 * What is known of an episode and where each fact came from ({@code the feed}, {@code front
 * matter}, {@code the file name}...), so that the import can fill the episode from the best source
 * of each and the report can say which that was. A fact is null when no source gave it.
 */
public record EpisodeFacts(Fact<String> title, Fact<LocalDate> publishedOn, Fact<Duration> duration, Fact<String> audioUrl,
		Fact<String> link, Fact<Integer> number) {

	static final String FEED = "the feed";

	/** Given by the code that imports, as a test does. */
	static final String GIVEN = "the import";

	static final String FILE_NAME = "the file name";

	static final String FOLDER_NAME = "the folder name";

	/** What the file's metadata gives, when a parser did not say where it read it. */
	static final String FILE = "the file";

	static final EpisodeFacts NONE = new EpisodeFacts(null, null, null, null, null, null);

	/** One fact and its source. */
	public record Fact<T>(T value, String source) {

		public Fact {
			Objects.requireNonNull(value);
		}

		static <T> Fact<T> of(T value, String source) {
			return value == null ? null : new Fact<>(value, source);
		}

	}

	/** The names of the facts as the report writes them, in its order. */
	private static final Map<String, Function<EpisodeFacts, Fact<?>>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("title", EpisodeFacts::title);
		FIELDS.put("number", EpisodeFacts::number);
		FIELDS.put("date", EpisodeFacts::publishedOn);
		FIELDS.put("duration", EpisodeFacts::duration);
		FIELDS.put("audio", EpisodeFacts::audioUrl);
		FIELDS.put("link", EpisodeFacts::link);
	}

	static EpisodeFacts of(String title, LocalDate publishedOn, Duration duration, String audioUrl, String link,
			Integer number, String source) {
		return new EpisodeFacts(Fact.of(blankToNull(title), source), Fact.of(publishedOn, source),
				Fact.of(duration, source), Fact.of(webAddress(audioUrl), source), Fact.of(webAddress(link), source),
				Fact.of(number, source));
	}

	/** What a transcript file says of its own episode. */
	static EpisodeFacts of(ParsedTranscript.Metadata metadata) {
		String source = metadata.origin() == null ? FILE : metadata.origin();
		return of(metadata.title(), metadata.publishedOn(), metadata.duration(), metadata.audioUrl(), metadata.link(),
				metadata.number(), source);
	}

	/** Where a fact of this name comes in the report: title, number, date, duration, audio, link. */
	static int order(String name) {
		return List.copyOf(FIELDS.keySet()).indexOf(name);
	}

	/** These facts, with those they lack taken from {@code weaker}. */
	EpisodeFacts orElse(EpisodeFacts weaker) {
		return new EpisodeFacts(either(title, weaker.title), either(publishedOn, weaker.publishedOn),
				either(duration, weaker.duration), either(audioUrl, weaker.audioUrl), either(link, weaker.link),
				either(number, weaker.number));
	}

	/** Whether no source gave any fact. */
	boolean isEmpty() {
		return equals(NONE);
	}

	String titleOr(String fallback) {
		return title == null ? fallback : title.value();
	}

	/**
	 * For the report, facts of one source together: {@code title "Go Time #100", number 100 from
	 * the file name; date 2023-03-17 from front matter}; empty when there are none.
	 */
	String describe() {
		Map<String, List<String>> bySource = new LinkedHashMap<>();
		FIELDS.forEach((name, field) -> {
			Fact<?> fact = field.apply(this);
			if (fact != null) {
				bySource.computeIfAbsent(fact.source(), s -> new ArrayList<>()).add(name + " " + shown(name, fact));
			}
		});
		List<String> parts = new ArrayList<>();
		bySource.forEach((source, facts) -> parts.add(String.join(", ", facts) + " from " + source));
		return String.join("; ", parts);
	}

	/** Each fact present as {@code title from the file name}, for counting over a run. */
	List<String> sources() {
		List<String> sources = new ArrayList<>();
		FIELDS.forEach((name, field) -> {
			Fact<?> fact = field.apply(this);
			if (fact != null) {
				sources.add(name + " from " + fact.source());
			}
		});
		return sources;
	}

	private static String shown(String name, Fact<?> fact) {
		if (name.equals("title")) {
			return "\"" + fact.value() + "\"";
		}
		if (fact.value() instanceof Duration duration) {
			return Episodes.clock(duration);
		}
		return String.valueOf(fact.value());
	}

	private static <T> Fact<T> either(Fact<T> stronger, Fact<T> weaker) {
		return stronger != null ? stronger : weaker;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * Only web addresses become links and players: a {@code javascript:} URL in a file's front
	 * matter must not reach a page.
	 */
	static String webAddress(String url) {
		return WebAddresses.web(url);
	}

}
