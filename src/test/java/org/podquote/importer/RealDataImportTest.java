package org.podquote.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.podquote.Requirements;
import org.podquote.importer.format.TranscriptFormats;
import org.podquote.speaker.SpeakerNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Imports the public data of {@code ../shared/data} (see its README) through {@link ImportJob}:
 * skipped where the folder is missing, failed under {@code CI=true}. Its own context, closed after
 * the class because it holds the whole Changelog corpus; tests keep to their own podcasts.
 */
@SpringBootTest(properties = { "podquote.seed=false", "podquote.import.fetch-timeout=30s",
		"podquote.fetch.allowed-hosts=127.0.0.1" })
@DirtiesContext
class RealDataImportTest {

	/** A transcript URL's scheme and host, which is rewritten to the loopback server. */
	private static final Pattern TRANSCRIPT_HOST = Pattern
		.compile("(<podcast:transcript\\b[^>]*?\\burl=\")https?://[^/\"]+");

	/** A turn as {@code _stats.tsv} counts it: a line opening with a bold label, pseudo-speakers included. */
	private static final Pattern LABEL = Pattern.compile("^\\s*\\*\\*([^*]+?):\\*\\*");

	@Autowired
	ImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The namespace's four examples share a name but are three transcripts: the JSON and the
	 * WebVTT are shows of their own, the SRT and the HTML one episode (the same turns in the same
	 * order), read from the SRT with the HTML beside it as an alternative.
	 */
	@Test
	void importsTheFourPodcastNamespaceExampleTranscriptsAsTheThreeEpisodesTheyAre() {
		Path examples = data().resolve("podcast-namespace/docs/examples/transcripts");
		List<String> files = Stream.of("example.json", "example.vtt", "example.srt", "example.html")
			.map((name) -> examples.resolve(name).toString())
			.toList();

		ImportReport report = job.run(files, "Namespace Examples", ImportJob.Progress.NONE);

		assertThat(report.failures()).isEmpty();
		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.alternatives()).isEqualTo(1);
		assertThat(report.notes()).containsExactly(
				"example.vtt: not the same transcript as example.json (few words in common), so an episode of its own",
				"example.srt: not the same transcript as example.json (few words in common), so an episode of its own",
				"example: kept example.srt, alternatives: example.html");
		assertThat(jdbc.queryForList("""
				select e.guid, s.format, s.role from transcript_source s join episode e on e.id = s.episode_id
				join podcast p on p.id = e.podcast_id where p.title = 'Namespace Examples' order by e.guid, s.id"""))
			.extracting((row) -> tuple(row.get("GUID"), row.get("FORMAT"), row.get("ROLE")))
			.containsExactly(tuple("file:example", "json", "TRANSCRIPT"), tuple("file:example.srt", "srt", "TRANSCRIPT"),
					tuple("file:example.srt", "html", "ALTERNATIVE"), tuple("file:example.vtt", "vtt", "TRANSCRIPT"));
		assertThat(appearances("Namespace Examples", "file:example"))
			.containsExactly(tuple("Darth Vader", "I am your father."), tuple("Luke", "Nooooo"));
		assertThat(appearances("Namespace Examples", "file:example.vtt")).extracting((row) -> row.toList().get(0))
			.contains("Gillian");
		// the SRT (222 cues) and the HTML, read alone, give the same turns in the same order
		List<String> turns = List.of("Travis", "Sarah", "Travis", "Gilon", "Travis", "Gilon", "Travis", "Sarah",
				"Gilon", "Travis");
		assertThat(turns("Namespace Examples", "file:example.srt")).isEqualTo(turns);
		assertThat(job.run(List.of(examples.resolve("example.html").toString()), "Namespace HTML",
				ImportJob.Progress.NONE).imported()).isEqualTo(1);
		assertThat(turns("Namespace HTML", "file:example")).isEqualTo(turns);
	}

	@Test
	void importsTheExampleFeedAndThePodcasting20FeedWithTranscriptsFromALoopbackServer() throws Exception {
		Path transcripts = data().resolve("podcast-namespace/docs/examples/transcripts");
		Map<String, byte[]> feeds = new ConcurrentHashMap<>();
		try (LoopbackServer server = new LoopbackServer((path) -> Optional.ofNullable(feeds.get(path))
			.or(() -> transcriptFor(path, transcripts)))) {
			feeds.put("/example.xml", rewrite(data().resolve("podcast-namespace/example.xml"), server.base()));
			feeds.put("/pc20rss.xml", rewrite(data().resolve("partytime-feeds/pc20rss.xml"), server.base()));

			ImportReport report = job.run(List.of(server.base() + "/example.xml", server.base() + "/pc20rss.xml"), null,
					ImportJob.Progress.NONE);

			assertThat(report.failures()).isEmpty();
			assertThat(report.imported()).isEqualTo(3 + 47);
			assertThat(server.requested()).contains("/episode1/transcript.vtt", "/PC20-57-Captions.srt")
				.doesNotContain("/ep3/transcript.txt");
		}

		assertThat(episodes("Podcasting 2.0 Namespace Example"))
			.containsExactly(tuple("https://example.com/ep0001", LocalDate.of(2020, 10, 7), "text"),
					tuple("https://example.com/ep0002", LocalDate.of(2020, 10, 8), "text"),
					tuple("https://example.com/ep0003", LocalDate.of(2020, 10, 9), "vtt"));
		assertThat(credits("https://example.com/ep0003")).containsExactly(tuple("Adam Curry", "host"),
				tuple("Becky Smith", "cover art designer"), tuple("Dave Jones", "guest"));
		assertThat(credits("https://example.com/ep0001")).containsExactly(tuple("Adam Curry", "host"),
				tuple("Dave Jones", "guest"), tuple("Jebick Morton", "cover art designer"));
		assertThat(jdbc.queryForObject("select audio_url from episode where guid = 'https://example.com/ep0003'",
				String.class))
			.isEqualTo("https://example.com/file-03.mp3");

		List<Tuple> pc20 = episodes("Podcasting 2.0");
		assertThat(pc20).hasSize(56).allSatisfy((episode) -> assertThat(episode.toList().get(1)).isNotNull());
		assertThat(pc20.stream().filter((episode) -> "srt".equals(episode.toList().get(2)))).hasSize(47);
		assertThat(pc20.stream().filter((episode) -> episode.toList().get(2) == null)).hasSize(9);
		assertThat(jdbc.queryForMap("select published_on, audio_url from episode where guid = 'PC2057'"))
			.containsEntry("PUBLISHED_ON", Date.valueOf(LocalDate.of(2021, 10, 8)))
			.containsEntry("AUDIO_URL", "https://mp3s.nashownotes.com/PC20-57-2021-10-08-Final.mp3");
		assertThat(credits("PC2057")).containsExactly(tuple("Adam Curry", "host"), tuple("Brian of London", "guest"),
				tuple("Dave Jones", "host"));
		assertThat(jdbc.queryForList("""
				select distinct s.name from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id join podcast p on p.id = e.podcast_id
				where p.title = 'Podcasting 2.0'""", String.class))
			.containsExactlyInAnyOrder("Adam Curry", "Dave Jones", "Brian of London", "Graham Krizek", "Hass McCook",
					"Nikolai \"OKIN\" Tjongarero");
		assertThat(jdbc.queryForObject("""
				select count(*) from credit c join episode e on e.id = c.episode_id
				join podcast p on p.id = e.podcast_id where p.title = 'Podcasting 2.0'""", Long.class)).isEqualTo(16);
	}

	@Test
	void theNoAgendaFeedFailsAtItsBrokenLineAndWritesNothing() {
		Path feed = data().resolve("partytime-feeds/no-agenda.xml");
		Map<String, Long> before = LibraryRows.count(jdbc);

		ImportReport report = job.run(List.of(feed.toString()), null, ImportJob.Progress.NONE);

		assertThat(report.failures()).singleElement()
			.asString()
			.startsWith(feed + ":2761: not well-formed XML: ")
			.contains("\"gtgt\"");
		assertThat(LibraryRows.count(jdbc)).isEqualTo(before);
	}

	/**
	 * All 2,084 Changelog transcripts, walked as the command line walks a folder.
	 * <p>
	 * {@code _stats.tsv} counts a turn for every line that opens with {@code **Name:**}, the
	 * pseudo-speaker {@code **Break:**} included (checked below: equal for every show). The library
	 * cannot give that figure back: Break turns are dropped on purpose (their text is no one's
	 * speech), and a turn whose speaker is the one who spoke last (typically the host again after a
	 * Break) joins the same run of appearances, as passage merging may join it into one
	 * appearance; a label with no text (an audio clip) leaves nothing to store. So turns are
	 * counted from the stored appearances as runs of consecutive appearances of one known speaker
	 * in an episode, and compared within 1% with the turns the source itself gives when
	 * pseudo-speakers, empty turns and repeated labels of the same speaker are left out. Compared
	 * straight with {@code speaker_turns}, the runs are 74% short for {@code news}
	 * (1,146 Breaks in 2,997 turns) and 1.07% to 4.22% short for eight other shows.
	 */
	@Test
	void importsEveryChangelogTranscriptWithTheEpisodesAndTurnsOfItsStatistics() throws Exception {
		Path corpus = data().resolve("changelog-transcripts");
		Map<String, Integer> statsEpisodes = new TreeMap<>();
		Map<String, Integer> statsTurns = new TreeMap<>();
		List<String> stats = Files.readAllLines(corpus.resolve("_stats.tsv"));
		assertThat(stats.get(0).split("\t")).startsWith("show", "episodes", "speaker_turns");
		for (String row : stats.subList(1, stats.size())) {
			String[] columns = row.split("\t");
			if (!columns[0].equals("TOTAL")) {
				statsEpisodes.put(columns[0], Integer.parseInt(columns[1]));
				statsTurns.put(columns[0], Integer.parseInt(columns[2]));
			}
		}
		Map<String, SourceTurns> source = sourceTurns(corpus);

		Instant start = Instant.now();
		ImportReport report = job.run(List.of(corpus.toString()), null, ImportJob.Progress.NONE);
		System.out.printf("Changelog corpus: %s (%s)%n", report.summary(), Duration.between(start, Instant.now()));

		assertThat(report.failures()).isEmpty();
		assertThat(report.files()).isEqualTo(2084);
		assertThat(report.imported()).isEqualTo(2084);
		System.out.println(report.factsSummary());
		// every file of the folder is accounted for: imported, or skipped by name
		assertThat(report.notes())
			.containsExactly(corpus + ": skipped 3 README, LICENSE or hidden files: LICENSE, README.md, _stats.tsv");
		assertThat(jdbc.queryForList("""
				select p.title podcast, e.title, e.number from episode e join podcast p on p.id = e.podcast_id
				where e.guid in ('file:go-time-100', 'file:changelog-news-100', 'file:the-changelog-103',
				'file:request-for-commits-5', 'file:big-tent-s2e10', 'file:go-time-bonus-77', 'file:js-party-meet-alex-sexton')
				order by p.title, e.title""")).extracting((row) -> tuple(row.get("PODCAST"), row.get("TITLE"), row.get("NUMBER")))
			.containsExactly(tuple("bigtent", "Big Tent S2E10", null), tuple("gotime", "Go Time #100", 100),
					tuple("gotime", "Go Time Bonus 77", null), tuple("jsparty", "Js Party Meet Alex Sexton", null),
					tuple("news", "Changelog News #100", 100), tuple("podcast", "The Changelog #103", 103),
					tuple("rfc", "Request for Commits #5", 5));
		// numbered but the 21 Big Tent episodes (by season) and 9 one-offs such as go-time-bonus-77
		assertThat(jdbc.queryForObject("""
				select count(e.number) from episode e join podcast p on p.id = e.podcast_id where p.title in (%s)"""
			.formatted(inList(statsEpisodes.keySet())), Long.class)).isEqualTo(2084 - 30);
		Map<String, Integer> episodes = new TreeMap<>();
		jdbc.query("""
				select p.title, count(e.id) episodes from podcast p join episode e on e.podcast_id = p.id
				where p.title in (%s) group by p.title""".formatted(inList(statsEpisodes.keySet())),
				(row) -> {
					episodes.put(row.getString("title"), row.getInt("episodes"));
				});
		assertThat(episodes).isEqualTo(statsEpisodes);
		assertThat(jdbc.queryForObject("select count(*) from podcast where title = 'changelog-transcripts'",
				Long.class))
			.isZero();

		Map<String, Integer> runs = storedTurns(statsEpisodes.keySet());
		statsTurns.forEach((show, expected) -> {
			SourceTurns turns = source.get(show);
			System.out.printf(Locale.ROOT,
					"%-13s _stats %6d = labels %6d (Break %4d); source turns %6d, stored runs %6d (%+.2f%%), "
							+ "runs vs _stats %+.2f%%%n",
					show, expected, turns.labels(), turns.breaks(), turns.changes(), runs.get(show),
					100.0 * (runs.get(show) - turns.changes()) / turns.changes(),
					100.0 * (runs.get(show) - expected) / expected);
			assertThat(turns.labels()).as("labels of %s", show).isEqualTo(expected);
			assertThat(runs.get(show).doubleValue()).as("stored turns of %s", show)
				.isCloseTo(turns.changes(), within(turns.changes() * 0.01));
		});
	}

	/**
	 * What the source files of each show say: every label line (as {@code _stats.tsv} counts),
	 * the Break lines among them, and the changes of speaker among the turns that hold any text
	 * when pseudo-speakers are left out. A label with no text at all marks an audio clip the
	 * transcript does not write down ("**Cable Guy:**" then the host again): nothing to store.
	 */
	private static Map<String, SourceTurns> sourceTurns(Path corpus) throws IOException {
		Set<String> pseudo = TranscriptFormats.DEFAULT_PSEUDO_SPEAKERS.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Map<String, SourceTurns> turns = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus, 2)) {
			files = walk.filter((path) -> path.getNameCount() - corpus.getNameCount() == 2)
				.filter((path) -> path.toString().endsWith(".md"))
				.toList();
		}
		for (Path file : files) {
			int labels = 0;
			int breaks = 0;
			// speaker keys of the turns that hold any text, pseudo-speakers left out
			List<String> spoken = new ArrayList<>();
			String current = null;
			boolean said = false;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				Matcher label = LABEL.matcher(line);
				if (!label.find()) {
					said |= !line.isBlank();
					continue;
				}
				if (current != null && said) {
					spoken.add(current);
				}
				labels++;
				String key = SpeakerNames.key(label.group(1));
				breaks += key.equals("break") ? 1 : 0;
				current = pseudo.contains(key) ? null : key;
				said = !line.substring(label.end()).isBlank();
			}
			if (current != null && said) {
				spoken.add(current);
			}
			int changes = 0;
			for (int i = 0; i < spoken.size(); i++) {
				changes += (i == 0 || !spoken.get(i).equals(spoken.get(i - 1))) ? 1 : 0;
			}
			turns.merge(file.getParent().getFileName().toString(), new SourceTurns(labels, breaks, changes),
					SourceTurns::plus);
		}
		return turns;
	}

	/**
	 * Runs of consecutive appearances of one known speaker, per episode, summed per show; an
	 * unnamed voice of the episode ("Audience member") counts as a speaker, as its label does in
	 * the source.
	 */
	private Map<String, Integer> storedTurns(Set<String> shows) {
		Map<String, Integer> runs = new HashMap<>();
		long[] episode = { -1 };
		String[] speaker = { null };
		jdbc.query("""
				select p.title, a.episode_id, coalesce(cast(a.speaker_id as varchar), a.voice) who from appearance a
				join episode e on e.id = a.episode_id join podcast p on p.id = e.podcast_id
				where p.title in (%s) and (a.speaker_id is not null or a.voice is not null)
				order by a.episode_id, a.position""".formatted(inList(shows)), (row) -> {
			long episodeId = row.getLong("episode_id");
			String speakerId = row.getString("who");
			if (episodeId != episode[0] || !Objects.equals(speakerId, speaker[0])) {
				runs.merge(row.getString("title"), 1, Integer::sum);
			}
			episode[0] = episodeId;
			speaker[0] = speakerId;
		});
		return runs;
	}

	private List<Tuple> appearances(String podcast, String guid) {
		return jdbc.queryForList("""
				select s.name, a.text from appearance a join episode e on e.id = a.episode_id
				join podcast p on p.id = e.podcast_id left join speaker s on s.id = a.speaker_id
				where p.title = ? and e.guid = ? order by a.position""", podcast, guid)
			.stream()
			.map((row) -> tuple(row.get("NAME"), row.get("TEXT")))
			.toList();
	}

	/** The speakers of an episode's appearances, one entry per change of speaker. */
	private List<String> turns(String podcast, String guid) {
		List<String> turns = new ArrayList<>();
		for (Tuple appearance : appearances(podcast, guid)) {
			String name = (String) appearance.toList().get(0);
			if (turns.isEmpty() || !turns.get(turns.size() - 1).equals(name)) {
				turns.add(name);
			}
		}
		return turns;
	}

	/** Guid, day and transcript format of each episode of a podcast, by guid. */
	private List<Tuple> episodes(String podcast) {
		return jdbc.queryForList("""
				select e.guid, e.published_on, s.format from episode e join podcast p on p.id = e.podcast_id
				left join transcript_source s on s.episode_id = e.id where p.title = ? order by e.guid""", podcast)
			.stream()
			.map((row) -> tuple(row.get("GUID"),
					row.get("PUBLISHED_ON") == null ? null : ((Date) row.get("PUBLISHED_ON")).toLocalDate(),
					row.get("FORMAT")))
			.toList();
	}

	private List<Tuple> credits(String guid) {
		return jdbc.queryForList("""
				select s.name, c.role from credit c join speaker s on s.id = c.speaker_id
				join episode e on e.id = c.episode_id where e.guid = ? order by s.name""", guid)
			.stream()
			.map((row) -> tuple(row.get("NAME"), row.get("ROLE")))
			.toList();
	}

	/** The feed with its transcripts' scheme and host pointing at the loopback server. */
	private static byte[] rewrite(Path feed, String base) throws IOException {
		String xml = Files.readString(feed, StandardCharsets.UTF_8);
		Matcher transcript = TRANSCRIPT_HOST.matcher(xml);
		String rewritten = transcript.replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + base));
		assertThat(rewritten).isNotEqualTo(xml);
		return rewritten.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A transcript for any path, of the format its name says: the namespace's own example of
	 * that format, or a small text fixture written for these tests.
	 */
	private static Optional<byte[]> transcriptFor(String path, Path examples) {
		String extension = ImportJob.extension(path);
		try {
			if (Set.of("json", "vtt", "srt", "html").contains(extension)) {
				return Optional.of(Files.readAllBytes(examples.resolve("example." + extension)));
			}
			if (extension.equals("txt")) {
				try (InputStream in = RealDataImportTest.class
					.getResourceAsStream("/importer/import/served/transcript.txt")) {
					return Optional.of(in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return Optional.empty();
	}

	private static String inList(Set<String> values) {
		return values.stream().map((value) -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
	}

	private static Path data() {
		Path root = Path.of(System.getProperty("user.dir")).resolve("../shared/data").normalize();
		Requirements.require(Files.isDirectory(root.resolve("changelog-transcripts"))
				&& Files.isDirectory(root.resolve("podcast-namespace"))
				&& Files.isDirectory(root.resolve("partytime-feeds")), "the shared data at " + root);
		return root;
	}

	private record SourceTurns(int labels, int breaks, int changes) {

		SourceTurns plus(SourceTurns other) {
			return new SourceTurns(labels + other.labels, breaks + other.breaks, changes + other.changes);
		}

	}

}
