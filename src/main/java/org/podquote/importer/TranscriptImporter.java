package org.podquote.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.Attribution;
import org.podquote.episode.Credit;
import org.podquote.episode.CreditRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.TranscriptSource;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.importer.format.CapturedPage;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.importer.format.PassageMerger;
import org.podquote.importer.format.SpeakerPageParser;
import org.podquote.importer.format.TranscriptFormats;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.importer.format.TranscriptType;
import org.podquote.podcast.Podcast;
import org.podquote.search.QuoteIndexing;
import org.podquote.speaker.Roles;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerNames;
import org.podquote.speaker.Voices;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores transcripts: parses outside any transaction, then writes one episode per transaction so
 * that a bad file leaves nothing behind and the search index follows each commit. Importing the
 * bytes an episode holds now changes nothing; any other version of its transcript, an earlier one
 * included, replaces its quotes. One episode may come in several files (the same name in several
 * formats): the richest that reads is imported, the others are recorded beside it as alternatives.
 */
@Service
public class TranscriptImporter {

	public enum Status {

		IMPORTED, REPLACED,
		/** the quotes stayed, the episode's facts or key changed (as on the first import after an upgrade) */
		UPDATED, UNCHANGED,
		/** the same episode in a poorer format than the file it was read from */
		ALTERNATIVE, FAILED

	}

	/**
	 * What happened to one transcript file.
	 *
	 * @param error {@code file:line: message} when it failed
	 * @param file the file as the report names it
	 * @param alternatives for the file an episode was read from, the files recorded beside it
	 * @param facts for the file an episode was read from, the episode's facts and their sources;
	 * null when nothing was written
	 * @param note what else the report should say of it, or null
	 * @param warnings values of the file left out and why ({@code file: the audio "javascript:..." is
	 * not an http or https address; left out})
	 */
	public record Outcome(Status status, int appearances, String error, String file, List<String> alternatives,
			EpisodeFacts facts, String note, List<String> warnings) {

		public Outcome {
			alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
			warnings = warnings == null ? List.of() : List.copyOf(warnings);
		}

		public Outcome(Status status, int appearances, String error, String file, List<String> alternatives,
				EpisodeFacts facts, String note) {
			this(status, appearances, error, file, alternatives, facts, note, List.of());
		}

		static Outcome failed(String error) {
			return new Outcome(Status.FAILED, 0, error, null, List.of(), null, null);
		}

		static Outcome of(Status status, String file) {
			return new Outcome(status, 0, null, file, List.of(), null, null);
		}

	}

	/**
	 * One file of an episode.
	 *
	 * @param location where it came from (a path or URL), kept as provenance
	 * @param name its name as the report gives it, also a hint for the format when the content has none
	 * @param formerGuid the key the file's episode had before keys were paths ({@code
	 * file:<podcast-slug>/<name>}), to find episodes imported then; null when there was none
	 */
	public record TranscriptFile(String location, String name, byte[] bytes, String formerGuid) {
	}

	/** The longest speaker name the library keeps (the {@code speaker.name} column); a longer label is no name. */
	static final int MAX_SPEAKER_NAME = ColumnLimits.SPEAKER_NAME;

	private final Library library;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	private final EpisodeSources sources;

	private final CapturedPageImporter capturedPages;

	private final TransactionTemplate transactions;

	private final QuoteIndexing indexing;

	private final TranscriptReader reader;

	private final PassageMerger merger = new PassageMerger();

	private final Voices voices;

	private final QuoteWriter quotes;

	TranscriptImporter(Library library, AppearanceRepository appearances, CreditRepository credits,
			EpisodeSources sources, CapturedPageImporter capturedPages, TransactionTemplate transactions,
			QuoteIndexing indexing, TranscriptReader reader, ImportProperties properties, QuoteWriter quotes) {
		this.library = library;
		this.quotes = quotes;
		this.appearances = appearances;
		this.credits = credits;
		this.sources = sources;
		this.capturedPages = capturedPages;
		this.transactions = transactions;
		this.indexing = indexing;
		this.reader = reader;
		this.voices = new Voices(properties.pseudoSpeakers());
	}

	/**
	 * Imports one transcript file.
	 *
	 * @param location where it came from (a path or URL), kept as provenance
	 * @param fileName its name, a hint for the format when the content has none
	 */
	public Outcome importTranscript(String location, String fileName, byte[] bytes, EpisodeTarget target) {
		return importEpisode(List.of(new TranscriptFile(location, fileName, bytes, null)), target).get(0);
	}

	/** A file that read as a transcript. */
	private record Parsed(TranscriptFile file, String sha256, String format, List<ParsedTranscript.Segment> passages,
			ParsedTranscript.Metadata metadata) {
	}

	/**
	 * Imports the files of one episode: the same name in several formats. The richest that reads
	 * ({@link TranscriptType} order) gives the quotes; the others whose words are the same are
	 * recorded as its alternatives; one whose words are another's altogether becomes an episode of
	 * its own, keyed by its name with the extension.
	 *
	 * @return an outcome per file
	 */
	public List<Outcome> importEpisode(List<TranscriptFile> files, EpisodeTarget target) {
		List<TranscriptFile> ordered = files.stream().sorted(Comparator.comparingInt(TranscriptImporter::rank)).toList();
		Map<TranscriptFile, String> hashes = new HashMap<>();
		ordered.forEach(file -> hashes.put(file, Hashes.sha256(file.bytes())));
		if (known(ordered, hashes, target)) {
			if (target.sidecar().isEmpty()) {
				return ordered.stream().map(file -> Outcome.of(Status.UNCHANGED, file.name())).toList();
			}
			return transactions.execute(tx -> attachSidecar(ordered, target));
		}
		List<Outcome> outcomes = new ArrayList<>();
		List<List<Parsed>> episodes = new ArrayList<>();
		for (TranscriptFile file : ordered) {
			try {
				Parsed parsed = parse(file, hashes.get(file), outcomes);
				if (parsed != null) {
					episodes.stream()
						.filter(episode -> TextOverlap.sameWords(episode.get(0).passages(), parsed.passages()))
						.findFirst()
						.ifPresentOrElse(episode -> episode.add(parsed), () -> episodes.add(new ArrayList<>(List.of(parsed))));
				}
			}
			catch (TranscriptParseException ex) {
				outcomes.add(Outcome.failed(ex.describe()));
			}
		}
		for (int i = 0; i < episodes.size(); i++) {
			List<Parsed> episode = episodes.get(i);
			String guid = i == 0 ? target.guid() : ownGuid(target, episode.get(0).file());
			String note = i == 0 ? null : "not the same transcript as " + episodes.get(0).get(0).file().name()
					+ " (few words in common), so an episode of its own";
			// the sidecar's row names the file the episode is read from, not one that became an episode of its own
			EpisodeTarget into = i == 0 ? target : target.withSidecar(EpisodeFacts.NONE);
			try {
				outcomes.addAll(transactions.execute(tx -> store(episode, guid, into, note)));
			}
			catch (DataAccessException ex) {
				// rolled back: the report says so instead of the whole run ending in a stack trace
				for (Parsed parsed : episode) {
					outcomes.add(Outcome.failed(parsed.file().location() + ": could not be stored: " + describe(ex)));
				}
			}
		}
		return outcomes;
	}

	/** Reads a file; a captured speaker page is stored at once, as it names its own episodes. */
	private Parsed parse(TranscriptFile file, String sha256, List<Outcome> outcomes) throws TranscriptParseException {
		String content = reader.decode(file.name(), file.bytes());
		String format = reader.detect(file.name(), content);
		if (format.equals(TranscriptFormats.SPEAKER_PAGE)) {
			CapturedPage page = new SpeakerPageParser().parse(file.name(), content);
			int added = capturedPages.importPage(file.location(), sha256, page);
			outcomes.add(new Outcome(added > 0 ? Status.IMPORTED : Status.UNCHANGED, added, null, file.name(), List.of(),
					null, null));
			return null;
		}
		ParsedTranscript parsed = reader.parse(format, file.name(), content);
		List<ParsedTranscript.Segment> passages = parsed.passages() ? parsed.segments() : merger.merge(parsed.segments());
		checkSpeakerNames(file.name(), passages);
		return new Parsed(file, sha256, format, passages, parsed.metadata());
	}

	private static int rank(TranscriptFile file) {
		return TranscriptType.ofFileName(file.name()).map(Enum::ordinal).orElse(TranscriptType.values().length);
	}

	/** The key of a file that shares its name but not its words with the episode's: its name with the extension. */
	private static String ownGuid(EpisodeTarget target, TranscriptFile file) {
		return target.guid() + "." + TranscriptType.extension(file.name());
	}

	/**
	 * Whether every file is what the library holds already: the richest the transcript its episode
	 * was read from, each other that or an alternative recorded beside it. Then nothing need be read.
	 */
	private boolean known(List<TranscriptFile> files, Map<TranscriptFile, String> hashes, EpisodeTarget target) {
		Optional<Episode> episode = library.findEpisode(target.podcastTitle(), target.guid());
		if (episode.isEmpty() || !hashes.get(files.get(0)).equals(sources.currentSha256(episode.get()))) {
			return false;
		}
		Set<String> held = new HashSet<>();
		List<Episode> all = new ArrayList<>(List.of(episode.get()));
		files.subList(1, files.size())
			.forEach(file -> library.findEpisode(target.podcastTitle(), ownGuid(target, file)).ifPresent(all::add));
		for (Episode one : all) {
			held.addAll(sources.alternatives(one));
			held.add(sources.currentSha256(one));
		}
		return files.stream().allMatch(file -> held.contains(hashes.get(file)));
	}

	/** What the database refused, in one line without the SQL statement. */
	static String describe(DataAccessException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		int end = message.indexOf("; SQL statement:");
		message = (end >= 0) ? message.substring(0, end) : message;
		int newline = message.indexOf('\n');
		return ((newline >= 0) ? message.substring(0, newline) : message).strip();
	}

	private static void checkSpeakerNames(String fileName, List<ParsedTranscript.Segment> passages)
			throws TranscriptParseException {
		for (ParsedTranscript.Segment passage : passages) {
			String bidi = passage.speaker() == null ? null : SpeakerNames.bidiControl(passage.speaker());
			if (bidi != null) {
				throw new TranscriptParseException(fileName, passage.line(), bidi);
			}
			if (passage.speaker() != null && SpeakerNames.clean(passage.speaker()).length() > MAX_SPEAKER_NAME) {
				String name = SpeakerNames.clean(passage.speaker());
				throw new TranscriptParseException(fileName, passage.line(), "a speaker name of " + name.length()
						+ " characters, longer than " + MAX_SPEAKER_NAME + ": \"" + name.substring(0, 40) + "...\"");
			}
		}
	}

	/** Creates or updates an episode and its credits without a transcript (its transcript could not be had). */
	public void importEpisodeOnly(EpisodeTarget target) {
		ColumnLimits.checkEpisode(target.podcastTitle(), target.guid(), target.title(), null);
		transactions.executeWithoutResult(tx -> {
			Episode episode = library.episode(library.podcast(target.podcastTitle()), target.guid(), target.title());
			if (write(episode, target.facts(), target).redated()) {
				indexing.reindex(appearances.findByEpisode(episode));
			}
			credit(episode, target);
		});
	}

	/**
	 * Gives an episode whose files are unchanged what its sidecar says now: the first file's outcome
	 * is {@code UPDATED} with the facts when that changed any.
	 */
	private List<Outcome> attachSidecar(List<TranscriptFile> files, EpisodeTarget target) {
		Episode episode = library.findEpisode(target.podcastTitle(), target.guid()).orElseThrow();
		EpisodeFactsWriter.Written written = EpisodeFactsWriter.write(episode, target.sidecar(),
				Episode.FactsSource.SIDECAR, EpisodeFacts.NONE);
		if (written.redated()) {
			indexing.reindex(appearances.findByEpisode(episode));
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (TranscriptFile file : files) {
			outcomes.add(outcomes.isEmpty() && written.changed()
					? new Outcome(Status.UPDATED, 0, null, file.name(), List.of(), written.facts(), null)
					: Outcome.of(Status.UNCHANGED, file.name()));
		}
		return outcomes;
	}

	/** Writes the facts the files and the feed give, then the sidecar's, each as its standing allows. */
	private static EpisodeFactsWriter.Written write(Episode episode, EpisodeFacts facts, EpisodeTarget target) {
		return EpisodeFactsWriter.write(episode, target.sidecar(),
				target.sidecar().isEmpty() ? null : Episode.FactsSource.SIDECAR, facts);
	}

	/**
	 * Records on the target's episode (which must exist: import it first) why its transcript could
	 * not be had, so that its page can say so.
	 *
	 * @param bytes what was fetched, or null when nothing could be
	 */
	public void recordFailure(EpisodeTarget target, String location, String format, byte[] bytes, String error) {
		transactions.executeWithoutResult(tx -> library.findEpisode(target.podcastTitle(), target.guid())
			.ifPresent(episode -> sources.recordFailure(episode, location, format,
					bytes == null ? null : Hashes.sha256(bytes),
					bytes == null ? TranscriptSource.Role.UNFETCHED : TranscriptSource.Role.UNREADABLE, error)));
	}

	/** Forgets why the target's transcript could not be had, now that it has been read. */
	public void clearFailures(EpisodeTarget target) {
		transactions.executeWithoutResult(
				tx -> library.findEpisode(target.podcastTitle(), target.guid()).ifPresent(sources::clearFailures));
	}

	/**
	 * Stores one episode from the first of its files, records the others as its alternatives, and
	 * takes over the episodes earlier imports made of these files under their former keys: the one
	 * of the file read keeps its quotes (and their links) when the file is unchanged; those of the
	 * alternatives are folded into it.
	 */
	private List<Outcome> store(List<Parsed> files, String guid, EpisodeTarget target, String note) {
		Parsed read = files.get(0);
		EpisodeFacts facts = target.with(EpisodeFacts.of(read.metadata()));
		ColumnLimits.checkEpisode(target.podcastTitle(), guid, title(target.sidecar().orElse(facts), target),
				read.file().location());
		Podcast podcast = library.podcast(target.podcastTitle());
		List<String> formerGuids = files.stream().map(file -> file.file().formerGuid()).filter(Objects::nonNull).toList();
		Optional<Episode> existing = library.findEpisode(podcast, guid);
		boolean moved = false;
		if (existing.isEmpty()) {
			existing = sources.former(podcast, formerGuids);
			existing.ifPresent(episode -> episode.setGuid(guid));
			moved = existing.isPresent();
		}
		if (existing.isEmpty()) {
			// a new episode: nothing to compare, fold or keep
			Episode episode = library.episode(podcast, guid, title(target.sidecar().orElse(facts), target));
			EpisodeFacts written = write(episode, facts, target).facts();
			credit(episode, target);
			addQuotes(episode, read.passages(), Map.of());
			return stored(files, episode, Status.IMPORTED, written, note, Set.of());
		}
		Episode episode = existing.get();
		boolean folded = sources.foldFormer(podcast, formerGuids, episode);
		EpisodeFactsWriter.Written written = write(episode, facts, target);
		boolean changed = written.changed() | moved | folded;
		credit(episode, target);
		Set<String> alternatives = sources.alternatives(episode);
		if (!read.sha256().equals(sources.currentSha256(episode))) {
			return stored(files, episode, replaceQuotes(episode, read.passages()) ? Status.REPLACED : Status.IMPORTED,
					written.facts(), note, alternatives);
		}
		if (written.redated()) {
			// the quotes stay, but the index holds their episode's date
			indexing.reindex(appearances.findByEpisode(episode));
		}
		return stored(files, episode, changed ? Status.UPDATED : Status.UNCHANGED, written.facts(), note, alternatives);
	}

	/**
	 * Records the sources of a stored episode: the file its quotes were read from when they were
	 * (imported or replaced), and each alternative not recorded yet ({@code recorded} holds their
	 * hashes).
	 */
	private List<Outcome> stored(List<Parsed> files, Episode episode, Status status, EpisodeFacts facts, String note,
			Set<String> recorded) {
		Parsed read = files.get(0);
		int count = 0;
		if (status == Status.IMPORTED || status == Status.REPLACED) {
			count = read.passages().size();
			sources.recordTranscript(episode, read.file().location(), read.format(), read.sha256(), count);
		}
		Set<String> alternatives = new HashSet<>(recorded);
		List<Outcome> outcomes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Parsed alternative : files.subList(1, files.size())) {
			names.add(alternative.file().name());
			outcomes.add(Outcome.of(Status.ALTERNATIVE, alternative.file().name()));
			if (alternatives.add(alternative.sha256())) {
				sources.recordAlternative(episode, alternative.file().location(), alternative.format(),
						alternative.sha256(), alternative.passages().size());
			}
		}
		List<String> warnings = new ArrayList<>();
		for (Parsed file : files) {
			file.metadata().warnings().forEach(warning -> warnings.add(file.file().name() + ": " + warning));
		}
		outcomes.add(0, new Outcome(status, count, null, read.file().name(), names, facts, note, warnings));
		return outcomes;
	}

	private static String title(EpisodeFacts facts, EpisodeTarget target) {
		return facts.titleOr(target.title());
	}

	/** Replaces the episode's quotes with these passages; whether it had any before. */
	private boolean replaceQuotes(Episode episode, List<ParsedTranscript.Segment> passages) {
		List<Appearance> previous = appearances.findByEpisode(episode);
		boolean replaced = !previous.isEmpty();
		// the voices the admin named keep their person in the new version of the transcript
		Map<String, Speaker> named = new HashMap<>();
		for (Appearance a : previous) {
			if (a.getVoice() != null && a.getSpeaker() != null) {
				named.put(a.getVoice(), a.getSpeaker());
			}
		}
		if (replaced) {
			appearances.deleteAll(previous);
			appearances.flush();
		}
		addQuotes(episode, passages, named);
		return replaced;
	}

	/** @param named the people the admin gave an episode's voices to, by voice */
	private void addQuotes(Episode episode, List<ParsedTranscript.Segment> passages, Map<String, Speaker> named) {
		Map<String, Speaker> speakers = new HashMap<>();
		Set<String> credited = new HashSet<>();
		List<Appearance> added = new ArrayList<>(passages.size());
		int position = 0;
		Appearance before = null;
		for (ParsedTranscript.Segment passage : passages) {
			LabelRole label = LabelRole.of(passage);
			String voice = label == null || library.aliased(label.name()) ? null : voices.voiceOf(label.name());
			Speaker speaker = label == null ? null
					: voice != null ? named.get(voice) : speakers.computeIfAbsent(label.name(), library::speaker);
			Appearance appearance = new Appearance(episode, speaker, position++, passage.text(),
					voice != null && speaker != null ? Attribution.MANUAL : Attribution.TRANSCRIPT_LABEL);
			appearance.setVoice(voice);
			appearance.setHeading(passage.heading());
			appearance.setTimes(passage.startMs(), passage.endMs());
			appearance.follow(before);
			added.add(appearance);
			before = appearance;
			if (voice == null && label != null && label.role() != null && credited.add(label.name() + "\n" + label.role())) {
				credit(episode, speaker, label.role(), null);
			}
		}
		quotes.insert(added);
	}

	private void credit(Episode episode, EpisodeTarget target) {
		for (ParsedFeed.Person person : target.persons()) {
			if (voices.voiceOf(person.name()) == null) {
				String role = person.role() == null ? ParsedFeed.Person.DEFAULT_ROLE : person.role();
				Speaker speaker = library.speaker(person.name());
				speaker.describe(person.img(), person.href());
				credit(episode, speaker, role, person.group());
			}
		}
	}

	/** A group the source gives is kept; else the taxonomy's, when the role is in it. */
	private void credit(Episode episode, Speaker speaker, String role, String group) {
		if (!credits.existsByEpisodeAndSpeakerAndRole(episode, speaker, role)) {
			Roles.Role known = Roles.of(role);
			credits.save(new Credit(episode, speaker, role, group != null ? group : known == null ? null : known.group()));
		}
	}

}
