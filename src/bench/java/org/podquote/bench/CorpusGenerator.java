package org.podquote.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.importer.format.PassageMerger;
import org.podquote.importer.format.TranscriptFormats;
import org.podquote.importer.format.TranscriptParseException;

/**
 * Writes a synthetic podcast library for the benchmark: RSS feeds of a few shows whose items carry
 * a guid, title, pubDate, {@code podcast:person}s and a {@code podcast:transcript} (Podcasting 2.0
 * JSON), plus the transcript files, all under one folder to be served over HTTP.
 * <p>
 * The text is modelled on a real corpus (the Changelog Markdown transcripts), read with the app's
 * own parser and passage merger so that the model sees the passages the importer stores:
 * <ul>
 * <li>passage lengths are drawn from the measured lengths of the real passages (their empirical
 * distribution), so short interjections and long answers come in the same proportions;</li>
 * <li>passages per episode are drawn from the real episodes' counts;</li>
 * <li>words come from the real vocabulary: each next word follows the previous one by the real
 * bigram counts (so common phrases such as "open source" recur at a realistic rate) or, in
 * {@value #ZIPF_SHARE_PERCENT} % of the draws, is drawn by rank from a Zipf law (s = {@value #ZIPF_S})
 * over the vocabulary (so rare words and unseen word pairs occur);</li>
 * <li>about 2,000 invented speakers (real first and last names recombined, never a real
 * speaker's full name) with Zipf-like popularity, each appearing at least once;</li>
 * <li>episodes spread evenly over ten years (2016–2025) with a few days' jitter.</li>
 * </ul>
 * Deterministic: the same corpus, seed and size give the same bytes (a seeded
 * {@link SplittableRandom}, sorted iteration everywhere).
 */
public final class CorpusGenerator {

	static final int ZIPF_SHARE_PERCENT = 10;

	static final double ZIPF_S = 1.07;

	static final int VOCABULARY = 60_000;

	static final int SPEAKERS = 2_000;

	static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

	static final List<String> SHOWS = List.of("Signal Path", "The Build Log", "Latency Matters", "Open Source Hour",
			"Deploy Friday");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019+#.-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");

	private static final Pattern NOT_TRANSCRIPTS = Pattern.compile("(?i)(readme|license|licence|changelog)(\\..*)?|[._].*");

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy '12:00:00 +0000'",
			Locale.ROOT);

	/** What was learned from the real corpus. */
	record Model(int[] passageLengths, int[] passagesPerEpisode, String[] words, int[] successorStart,
			int[] successorWord, long[] successorCumulative, int[] startWord, long[] startCumulative,
			List<String> firstNames, List<String> lastNames, Set<String> realSpeakers, long realTokens) {
	}

	/** What was written. */
	record Written(int episodes, long appearances, int speakers, List<String> feeds, int[] lengths) {
	}

	private CorpusGenerator() {
	}

	/**
	 * {@code CorpusGenerator CHANGELOG_DIR OUT_DIR APPEARANCES [SEED]}: reads the real corpus and
	 * writes feeds and transcripts to OUT_DIR (emptied first).
	 */
	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: CorpusGenerator CHANGELOG_DIR OUT_DIR APPEARANCES [SEED]");
			System.exit(2);
		}
		Path changelog = Path.of(args[0]);
		Path out = Path.of(args[1]);
		long appearances = Long.parseLong(args[2]);
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 20260101L;
		long start = System.nanoTime();
		Model model = learn(changelog);
		System.out.printf(Locale.ROOT, "Learned from %,d passages (%,d words, vocabulary %,d) in %.1f s%n",
				model.passageLengths().length, model.realTokens(), model.words().length,
				(System.nanoTime() - start) / 1e9);
		Written written = write(model, out, appearances, seed);
		Files.writeString(out.resolve("lengths.txt"), lengthReport(model.passageLengths(), written.lengths()));
		System.out.printf(Locale.ROOT, "Wrote %,d episodes, %,d appearances by %,d speakers in %d feeds to %s in %.1f s%n",
				written.episodes(), written.appearances(), written.speakers(), written.feeds().size(), out,
				(System.nanoTime() - start) / 1e9);
	}

	// ---------------------------------------------------------------- learning

	static Model learn(Path corpus) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(Files::isRegularFile)
				.filter(p -> p.getFileName().toString().endsWith(".md"))
				.filter(p -> !NOT_TRANSCRIPTS.matcher(p.getFileName().toString()).matches())
				.sorted()
				.toList();
		}
		TranscriptFormats formats = new TranscriptFormats();
		PassageMerger merger = new PassageMerger();
		IntList lengths = new IntList();
		IntList perEpisode = new IntList();
		// provisional ids in order of first appearance; the token stream keeps -1 between sentences
		Map<String, Integer> provisional = new HashMap<>();
		List<String> keys = new ArrayList<>();
		LongList keyCounts = new LongList();
		Map<String, Map<String, long[]>> forms = new HashMap<>();
		IntList stream = new IntList();
		Set<String> speakers = new java.util.TreeSet<>();
		long tokens = 0;
		for (Path file : files) {
			ParsedTranscript parsed;
			try {
				parsed = formats.parse(file.getFileName().toString(), Files.readAllBytes(file));
			}
			catch (TranscriptParseException ex) {
				continue;
			}
			int passages = 0;
			for (ParsedTranscript.Segment passage : merger.merge(parsed.segments())) {
				if (passage.heading()) {
					continue;
				}
				passages++;
				lengths.add(passage.text().length());
				if (passage.speaker() != null) {
					speakers.add(passage.speaker());
				}
				stream.add(-1);
				Matcher m = WORD.matcher(passage.text());
				int last = 0;
				while (m.find()) {
					String gap = passage.text().substring(last, m.start());
					if (gap.contains(".") || gap.contains("?") || gap.contains("!")) {
						stream.add(-1);
					}
					String surface = m.group();
					String key = surface.toLowerCase(Locale.ROOT);
					Integer id = provisional.get(key);
					if (id == null) {
						id = keys.size();
						provisional.put(key, id);
						keys.add(key);
						keyCounts.add(0);
					}
					keyCounts.increment(id);
					forms.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(surface, k -> new long[1])[0]++;
					stream.add(id);
					tokens++;
					last = m.end();
				}
			}
			if (passages > 0) {
				perEpisode.add(passages);
			}
		}
		// the vocabulary: the most frequent words, ties broken alphabetically, each in its most common spelling
		long[] counted = keyCounts.toArray();
		List<String> ranked = new ArrayList<>(keys);
		ranked.sort((a, b) -> {
			int byCount = Long.compare(counted[provisional.get(b)], counted[provisional.get(a)]);
			return byCount != 0 ? byCount : a.compareTo(b);
		});
		int v = Math.min(VOCABULARY, ranked.size());
		String[] words = new String[v];
		int[] vocabularyId = new int[keys.size()];
		Arrays.fill(vocabularyId, -1);
		for (int i = 0; i < v; i++) {
			String key = ranked.get(i);
			words[i] = forms.get(key)
				.entrySet()
				.stream()
				.sorted(Map.Entry.<String, long[]>comparingByValue((a, b) -> Long.compare(b[0], a[0]))
					.thenComparing(Map.Entry.comparingByKey()))
				.findFirst()
				.orElseThrow()
				.getKey();
			vocabularyId[provisional.get(key)] = i;
		}
		// bigrams as sorted (previous, next) codes; -1 as previous means the start of a sentence
		LongList pairs = new LongList();
		int[] tokenStream = stream.toArray();
		int previous = -1;
		for (int token : tokenStream) {
			if (token < 0) {
				previous = -1;
				continue;
			}
			int id = vocabularyId[token];
			if (id < 0) {
				previous = -2;
				continue;
			}
			if (previous != -2) {
				pairs.add(((long) (previous + 1) << 32) | id);
			}
			previous = id;
		}
		long[] sorted = pairs.toArray();
		Arrays.sort(sorted);
		int[] successorStart = new int[v + 2];
		IntList successorWord = new IntList();
		LongList successorCumulative = new LongList();
		int currentPrevious = -1;
		long cumulative = 0;
		int i = 0;
		while (i < sorted.length) {
			long code = sorted[i];
			int j = i;
			while (j < sorted.length && sorted[j] == code) {
				j++;
			}
			int from = (int) (code >>> 32);
			int next = (int) code;
			while (currentPrevious < from) {
				currentPrevious++;
				successorStart[currentPrevious] = successorWord.size();
				cumulative = 0;
			}
			cumulative += j - i;
			successorWord.add(next);
			successorCumulative.add(cumulative);
			i = j;
		}
		while (currentPrevious < v + 1) {
			currentPrevious++;
			successorStart[currentPrevious] = successorWord.size();
		}
		int[] allWords = successorWord.toArray();
		long[] allCumulative = successorCumulative.toArray();
		int startEnd = successorStart[1];
		int[] startWord = Arrays.copyOfRange(allWords, 0, startEnd);
		long[] startCumulative = Arrays.copyOfRange(allCumulative, 0, startEnd);
		// names: real first and last names, to be recombined
		Set<String> first = new java.util.TreeSet<>();
		Set<String> lastNames = new java.util.TreeSet<>();
		for (String name : speakers) {
			String[] parts = name.split("\\s+");
			if (parts.length >= 2 && parts[0].matches("\\p{Lu}\\p{Ll}+") && parts[parts.length - 1].matches("\\p{Lu}\\p{Ll}+")) {
				first.add(parts[0]);
				lastNames.add(parts[parts.length - 1]);
			}
		}
		return new Model(lengths.toArray(), perEpisode.toArray(), words, successorStart, allWords, allCumulative,
				startWord, startCumulative, List.copyOf(first), List.copyOf(lastNames), speakers, tokens);
	}

	// ---------------------------------------------------------------- writing

	static Written write(Model model, Path out, long appearances, long seed) throws IOException {
		deleteRecursively(out);
		Files.createDirectories(out.resolve("transcripts"));
		SplittableRandom random = new SplittableRandom(seed);
		Zipf vocabularyZipf = new Zipf(model.words().length, ZIPF_S);
		List<String> people = speakers(model, random.split());
		Zipf guestZipf = new Zipf(people.size(), 1.1);
		int hostsPerShow = 2;
		// the first speakers are the shows' hosts; the rest are guests, every one of them invited at least once
		int firstGuest = SHOWS.size() * hostsPerShow;
		int[] guestOrder = shuffledRange(firstGuest, people.size(), random.split());
		int guestSlot = 0;

		// plan the episodes: passages per episode from the real distribution, until the target is reached
		List<Integer> plan = new ArrayList<>();
		long planned = 0;
		SplittableRandom sizes = random.split();
		while (planned < appearances) {
			int n = model.passagesPerEpisode()[sizes.nextInt(model.passagesPerEpisode().length)];
			n = (int) Math.min(n, appearances - planned);
			plan.add(n);
			planned += n;
		}
		int episodes = plan.size();
		int[] perShow = new int[SHOWS.size()];
		for (int e = 0; e < episodes; e++) {
			perShow[e % SHOWS.size()]++;
		}
		long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
		List<StringBuilder> feeds = new ArrayList<>();
		for (int s = 0; s < SHOWS.size(); s++) {
			feeds.add(new StringBuilder(feedHead(SHOWS.get(s))));
		}
		IntList lengths = new IntList();
		SplittableRandom text = random.split();
		Set<String> used = new java.util.TreeSet<>();
		for (int e = 0; e < episodes; e++) {
			int show = e % SHOWS.size();
			int number = e / SHOWS.size() + 1;
			String slug = "show-" + (show + 1);
			// evenly over ten years, a few days' jitter, never outside the range
			long day = Math.round((double) (number - 1) / Math.max(1, perShow[show] - 1) * days) + text.nextInt(-3, 4);
			LocalDate date = LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + Math.max(0, Math.min(days, day)));
			List<String> hosts = people.subList(show * hostsPerShow, show * hostsPerShow + hostsPerShow);
			int guestCount = pick(text, new int[] { 50, 35, 15 }) + 1;
			List<String> guests = new ArrayList<>();
			while (guests.size() < guestCount) {
				String guest = guestSlot < guestOrder.length ? people.get(guestOrder[guestSlot++])
						: people.get(firstGuest + Math.min(people.size() - firstGuest - 1, guestZipf.next(text)));
				if (!guests.contains(guest)) {
					guests.add(guest);
				}
			}
			String transcriptPath = "transcripts/" + slug + "/" + slug + "-" + number + ".json";
			StringBuilder json = new StringBuilder(plan.get(e) * 320);
			json.append("{\n  \"version\": \"1.0.0\",\n  \"segments\": [\n");
			String previous = null;
			double clock = 0;
			for (int p = 0; p < plan.get(e); p++) {
				String speaker;
				do {
					speaker = text.nextInt(100) < 50 ? hosts.get(text.nextInt(hosts.size()))
							: guests.get(text.nextInt(guests.size()));
				}
				while (speaker.equals(previous));
				previous = speaker;
				used.add(speaker);
				int target = model.passageLengths()[text.nextInt(model.passageLengths().length)];
				String body = passage(model, vocabularyZipf, text, target);
				lengths.add(body.length());
				double seconds = Math.max(1, body.length() / 15.0);
				json.append(p == 0 ? "" : ",\n")
					.append("    {\"speaker\": ")
					.append(jsonString(speaker))
					.append(", \"startTime\": ")
					.append(String.format(Locale.ROOT, "%.1f", clock))
					.append(", \"endTime\": ")
					.append(String.format(Locale.ROOT, "%.1f", clock + seconds))
					.append(", \"body\": ")
					.append(jsonString(body))
					.append('}');
				clock += seconds + 0.5;
			}
			json.append("\n  ]\n}\n");
			Path file = out.resolve(transcriptPath);
			Files.createDirectories(file.getParent());
			Files.writeString(file, json, StandardCharsets.UTF_8);
			String title = "Episode " + number + ": " + title(model, vocabularyZipf, text);
			StringBuilder item = feeds.get(show);
			item.append("    <item>\n")
				.append("      <title>").append(xml(title)).append("</title>\n")
				.append("      <guid isPermaLink=\"false\">bench:").append(slug).append('/').append(number).append("</guid>\n")
				.append("      <pubDate>").append(RFC_822.format(date)).append("</pubDate>\n")
				.append("      <itunes:duration>").append(Math.round(clock)).append("</itunes:duration>\n");
			for (String host : hosts) {
				item.append("      <podcast:person role=\"host\">").append(xml(host)).append("</podcast:person>\n");
			}
			for (String guest : guests) {
				item.append("      <podcast:person role=\"guest\">").append(xml(guest)).append("</podcast:person>\n");
			}
			item.append("      <podcast:transcript url=\"").append(transcriptPath)
				.append("\" type=\"application/json\"/>\n")
				.append("    </item>\n");
		}
		List<String> names = new ArrayList<>();
		for (int s = 0; s < SHOWS.size(); s++) {
			String name = "show-" + (s + 1) + ".xml";
			feeds.get(s).append("  </channel>\n</rss>\n");
			try (Writer w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
				w.write(feeds.get(s).toString());
			}
			names.add(name);
		}
		return new Written(episodes, planned, used.size(), names, lengths.toArray());
	}

	/** About 2,000 names, real first and last names recombined, none a real speaker's. */
	static List<String> speakers(Model model, SplittableRandom random) {
		Set<String> names = new LinkedHashSet<>();
		List<String> first = model.firstNames();
		List<String> last = model.lastNames();
		int attempts = 0;
		while (names.size() < SPEAKERS && attempts++ < SPEAKERS * 100) {
			String name = first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size()));
			if (!model.realSpeakers().contains(name)) {
				names.add(name);
			}
		}
		// a small corpus has too few names to recombine
		for (int i = 1; names.size() < SPEAKERS; i++) {
			names.add("Speaker " + i);
		}
		return List.copyOf(names);
	}

	/** A passage of about {@code target} characters (never more than 800): sentences of real words. */
	static String passage(Model model, Zipf zipf, SplittableRandom random, int target) {
		int limit = Math.min(PassageMerger.DEFAULT_MAX_CHARS, Math.max(2, target));
		StringBuilder text = new StringBuilder(limit + 16);
		while (text.length() < limit) {
			int sentenceStart = text.length();
			if (sentenceStart > 0) {
				text.append(' ');
			}
			int previous = -1;
			int wordsInSentence = 0;
			int sentenceLength = 3 + random.nextInt(22);
			boolean full = false;
			while (wordsInSentence < sentenceLength) {
				int id = next(model, zipf, random, previous);
				String word = model.words()[id];
				if (wordsInSentence == 0 && !word.isEmpty()) {
					word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
				}
				int extra = (wordsInSentence > 0 ? 1 : 0) + word.length() + 1;
				if (text.length() + extra > limit && (wordsInSentence > 0 || text.length() > sentenceStart + 1)) {
					full = true;
					break;
				}
				if (wordsInSentence > 0) {
					text.append(random.nextInt(100) < 6 ? ", " : " ");
				}
				text.append(word);
				wordsInSentence++;
				previous = id;
			}
			if (wordsInSentence == 0) {
				text.setLength(sentenceStart);
				break;
			}
			text.append(random.nextInt(100) < 12 ? '?' : '.');
			if (full) {
				break;
			}
		}
		// never longer than the importer's cap, which would cut the passage in two
		String result = text.toString().strip();
		if (result.length() > PassageMerger.DEFAULT_MAX_CHARS) {
			result = result.substring(0, PassageMerger.DEFAULT_MAX_CHARS - 1).strip();
		}
		return SENTENCE_END.matcher(result).find() ? result : result + ".";
	}

	private static String title(Model model, Zipf zipf, SplittableRandom random) {
		StringBuilder title = new StringBuilder();
		int previous = -1;
		for (int i = 0; i < 3 + random.nextInt(4); i++) {
			int id = next(model, zipf, random, previous);
			String word = model.words()[id];
			title.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			previous = id;
		}
		return title.toString();
	}

	/** The next word: by the real bigram counts after {@code previous} (-1: a sentence start), or by Zipf rank. */
	private static int next(Model model, Zipf zipf, SplittableRandom random, int previous) {
		if (random.nextInt(100) >= ZIPF_SHARE_PERCENT) {
			if (previous < 0) {
				if (model.startWord().length > 0) {
					return draw(model.startWord(), model.startCumulative(), 0, model.startWord().length, random);
				}
			}
			else {
				int from = model.successorStart()[previous + 1];
				int to = model.successorStart()[previous + 2];
				if (to > from) {
					return draw(model.successorWord(), model.successorCumulative(), from, to, random);
				}
			}
		}
		return zipf.next(random);
	}

	private static int draw(int[] words, long[] cumulative, int from, int to, SplittableRandom random) {
		long total = cumulative[to - 1];
		long r = random.nextLong(total);
		int lo = from;
		int hi = to - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] > r) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return words[lo];
	}

	/** Index of a weighted choice (weights in percent). */
	private static int pick(SplittableRandom random, int[] weights) {
		int r = random.nextInt(Arrays.stream(weights).sum());
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static int[] shuffledRange(int from, int to, SplittableRandom random) {
		int[] values = new int[to - from];
		for (int i = 0; i < values.length; i++) {
			values[i] = from + i;
		}
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = values[i];
			values[i] = values[j];
			values[j] = t;
		}
		return values;
	}

	private static String feedHead(String title) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
				  <channel>
				    <title>%s</title>
				    <link>https://example.org/%s</link>
				    <description>A generated show for the Podquote benchmark.</description>
				""".formatted(xml(title), title.toLowerCase(Locale.ROOT).replace(' ', '-'));
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static String jsonString(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** Quantiles of the real and the generated passage lengths, side by side. */
	static String lengthReport(int[] real, int[] generated) {
		int[] a = real.clone();
		int[] b = generated.clone();
		Arrays.sort(a);
		Arrays.sort(b);
		StringBuilder out = new StringBuilder("| passage length (characters) | Changelog | generated |\n|---|---:|---:|\n");
		out.append(String.format(Locale.ROOT, "| passages | %,d | %,d |%n", a.length, b.length));
		out.append(String.format(Locale.ROOT, "| mean | %.0f | %.0f |%n", mean(a), mean(b)));
		for (double q : new double[] { 0.10, 0.25, 0.50, 0.75, 0.90, 0.99 }) {
			out.append(String.format(Locale.ROOT, "| p%d | %d | %d |%n", Math.round(q * 100), quantile(a, q),
					quantile(b, q)));
		}
		out.append(String.format(Locale.ROOT, "| max | %d | %d |%n", a.length == 0 ? 0 : a[a.length - 1],
				b.length == 0 ? 0 : b[b.length - 1]));
		return out.toString();
	}

	private static double mean(int[] values) {
		return Arrays.stream(values).average().orElse(0);
	}

	private static int quantile(int[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1 < 0 ? 0
				: (int) Math.ceil(q * sorted.length) - 1)];
	}

	static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** Zipf-distributed ranks 0..n-1 with exponent s, by inverting the cumulative weights. */
	static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double s) {
			cumulative = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += 1 / Math.pow(i + 1, s);
				cumulative[i] = sum;
			}
		}

		int next(SplittableRandom random) {
			double r = random.nextDouble() * cumulative[cumulative.length - 1];
			int i = Arrays.binarySearch(cumulative, r);
			return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
		}

	}

	static final class IntList {

		private int[] values = new int[1024];

		private int size;

		void add(int v) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		int size() {
			return size;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}

	}

	static final class LongList {

		private long[] values = new long[1024];

		private int size;

		void add(long v) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		void increment(int i) {
			values[i]++;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}

	}

}
