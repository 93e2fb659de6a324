package org.podquote.importer;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.Attribution;
import org.podquote.episode.Credit;
import org.podquote.episode.CreditRepository;
import org.podquote.episode.Episode;
import org.podquote.episode.TranscriptSource;
import org.podquote.episode.TranscriptSourceRepository;
import org.podquote.importer.feed.ParsedFeed;
import org.podquote.importer.format.CapturedPage;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.importer.format.PassageMerger;
import org.podquote.importer.format.SpeakerPageParser;
import org.podquote.importer.format.TranscriptFormats;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.podcast.Podcast;
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
 * included, replaces its quotes.
 */
@Service
public class TranscriptImporter {

	public enum Status {

		IMPORTED, REPLACED, UNCHANGED, FAILED

	}

	/** What happened to one transcript. {@code error} is {@code file:line: message} when it failed. */
	public record Outcome(Status status, int appearances, String error) {

		static Outcome failed(String error) {
			return new Outcome(Status.FAILED, 0, error);
		}

	}

	/** The longest speaker name the library keeps (the {@code speaker.name} column); a longer label is no name. */
	static final int MAX_SPEAKER_NAME = 300;

	private final Library library;

	private final AppearanceRepository appearances;

	private final CreditRepository credits;

	private final TranscriptSourceRepository sources;

	private final CapturedPageImporter capturedPages;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final TranscriptFormats formats;

	private final PassageMerger merger = new PassageMerger();

	private final Voices voices;

	private final Clock clock;

	TranscriptImporter(Library library, AppearanceRepository appearances, CreditRepository credits,
			TranscriptSourceRepository sources, CapturedPageImporter capturedPages, TransactionTemplate transactions,
			EntityManager entityManager, ImportProperties properties, Clock clock) {
		this.library = library;
		this.appearances = appearances;
		this.credits = credits;
		this.sources = sources;
		this.capturedPages = capturedPages;
		this.transactions = transactions;
		this.entityManager = entityManager;
		this.formats = new TranscriptFormats(properties.pseudoSpeakers());
		this.voices = new Voices(properties.pseudoSpeakers());
		this.clock = clock;
	}

	/**
	 * Imports one transcript file.
	 *
	 * @param location where it came from (a path or URL), kept as provenance
	 * @param fileName its name, a hint for the format when the content has none
	 */
	public Outcome importTranscript(String location, String fileName, byte[] bytes, EpisodeTarget target) {
		String sha256 = Hashes.sha256(bytes);
		boolean unchanged = library.findEpisode(target.podcastTitle(), target.guid())
			.map(episode -> sha256.equals(currentSha256(episode)))
			.orElse(false);
		if (unchanged) {
			return new Outcome(Status.UNCHANGED, 0, null);
		}
		String format;
		List<ParsedTranscript.Segment> passages;
		try {
			String content = TranscriptFormats.decode(fileName, bytes);
			format = formats.detect(fileName, content);
			if (format.equals(TranscriptFormats.SPEAKER_PAGE)) {
				CapturedPage page = new SpeakerPageParser().parse(fileName, content);
				return new Outcome(Status.IMPORTED, capturedPages.importPage(location, sha256, page), null);
			}
			ParsedTranscript parsed = formats.parser(format).orElseThrow().parse(fileName, content);
			passages = parsed.passages() ? parsed.segments() : merger.merge(parsed.segments());
			checkSpeakerNames(fileName, passages);
		}
		catch (TranscriptParseException ex) {
			return Outcome.failed(ex.describe());
		}
		try {
			return transactions.execute(tx -> store(location, sha256, format, passages, target));
		}
		catch (DataAccessException ex) {
			// rolled back: the report says so instead of the whole run ending in a stack trace
			return Outcome.failed(location + ": could not be stored: " + describe(ex));
		}
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
			if (passage.speaker() != null && SpeakerNames.clean(passage.speaker()).length() > MAX_SPEAKER_NAME) {
				String name = SpeakerNames.clean(passage.speaker());
				throw new TranscriptParseException(fileName, passage.line(), "a speaker name of " + name.length()
						+ " characters, longer than " + MAX_SPEAKER_NAME + ": \"" + name.substring(0, 40) + "...\"");
			}
		}
	}

	/** Creates or updates an episode and its credits without a transcript (its transcript could not be had). */
	public void importEpisodeOnly(EpisodeTarget target) {
		transactions.executeWithoutResult(tx -> episode(target));
	}

	/**
	 * The hash of the transcript the episode holds now: its latest import. Any earlier import does
	 * not count, so that going back to an earlier version of a file replaces the newer text.
	 */
	private String currentSha256(Episode episode) {
		return entityManager
			.createQuery("select s.sha256 from TranscriptSource s where s.episode = :episode order by s.id desc",
					String.class)
			.setParameter("episode", episode)
			.setMaxResults(1)
			.getResultList()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private Outcome store(String location, String sha256, String format, List<ParsedTranscript.Segment> passages,
			EpisodeTarget target) {
		Episode episode = episode(target);
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
		Map<String, Speaker> speakers = new HashMap<>();
		Set<String> credited = new HashSet<>();
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
			appearances.save(appearance);
			before = appearance;
			if (voice == null && label != null && label.role() != null && credited.add(label.name() + "\n" + label.role())) {
				credit(episode, speaker, label.role(), null);
			}
		}
		TranscriptSource source = new TranscriptSource(episode, location, format, sha256, clock.instant());
		source.setCounts(passages.size(), 0, null);
		sources.save(source);
		return new Outcome(replaced ? Status.REPLACED : Status.IMPORTED, passages.size(), null);
	}

	private Episode episode(EpisodeTarget target) {
		Podcast podcast = library.podcast(target.podcastTitle());
		Episode episode = library.episode(podcast, target.guid(), target.title());
		if (target.publishedOn() != null) {
			episode.setPublishedOn(target.publishedOn());
		}
		if (target.duration() != null) {
			episode.setDuration(target.duration());
		}
		if (target.audioUrl() != null) {
			episode.setAudioUrl(target.audioUrl());
		}
		for (ParsedFeed.Person person : target.persons()) {
			if (voices.voiceOf(person.name()) == null) {
				String role = person.role() == null ? ParsedFeed.Person.DEFAULT_ROLE : person.role();
				credit(episode, library.speaker(person.name()), role, person.group());
			}
		}
		return episode;
	}

	/** A group the source gives is kept; else the taxonomy's, when the role is in it. */
	private void credit(Episode episode, Speaker speaker, String role, String group) {
		if (!credits.existsByEpisodeAndSpeakerAndRole(episode, speaker, role)) {
			Roles.Role known = Roles.of(role);
			credits.save(new Credit(episode, speaker, role, group != null ? group : known == null ? null : known.group()));
		}
	}

}
