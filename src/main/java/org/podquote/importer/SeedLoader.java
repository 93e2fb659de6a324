package org.podquote.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.podquote.appearance.AppearanceRepository;
import org.podquote.episode.LibraryMark;
import org.podquote.episode.LibraryMarks;
import org.podquote.importer.format.CapturedPage;
import org.podquote.importer.format.PageFacts;
import org.podquote.importer.format.SpeakerPageParser;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.podcast.PodcastRepository;
import org.podquote.system.PodquoteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the seed (the captured Sam Marks page, packed in the jar from {@code data/seed/}) into an
 * empty library when the web app starts, so a new user finds something to browse; its source is
 * marked as the sample, which the pages label and the admin can remove. A command ({@code import},
 * {@code reindex}) loads it only when asked ({@code --with-sample} or {@code --podquote.seed=true} on
 * its command line): a library made by importing holds what was imported. Once removed the sample
 * is not loaded again unless a command asks with {@code --with-sample}; and {@code
 * podquote.seed=false} on a library that holds it removes it at start.
 */
@Component
@Order(0)
class SeedLoader implements ApplicationRunner {

	static final String CAPTURE = "seed/speaker-page-sam-marks.txt";

	static final String FACTS = "seed/speaker-page-sam-marks.properties";

	/** The option of a command that asks for the seed. */
	static final String WITH_SAMPLE = "with-sample";

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final PodquoteProperties properties;

	private final PodcastRepository podcasts;

	private final AppearanceRepository appearances;

	private final CapturedPageImporter importer;

	private final LibraryDeletions deletions;

	private final LibraryMarks marks;

	/** Whether this is a command rather than the web app (set by {@code PodquoteApplication}). */
	private final boolean command;

	SeedLoader(PodquoteProperties properties, PodcastRepository podcasts, AppearanceRepository appearances,
			CapturedPageImporter importer, LibraryDeletions deletions, LibraryMarks marks,
			@Value("${podquote.cli:false}") boolean command) {
		this.properties = properties;
		this.podcasts = podcasts;
		this.appearances = appearances;
		this.importer = importer;
		this.deletions = deletions;
		this.marks = marks;
		this.command = command;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!properties.seed()) {
			removeSample();
		}
		else if (wanted(args) && podcasts.count() == 0 && appearances.count() == 0
				&& (!marks.existsById(LibraryMark.SAMPLE_REMOVED) || asked(args))) {
			int added = load();
			log.info("Loaded the seed: {} appearances from {}", added, CAPTURE);
		}
	}

	private void removeSample() {
		LibraryDeletions.Plan plan = deletions.planSample();
		if (plan.episodes() > 0) {
			deletions.deleteSample();
			log.info("Removed the sample, as podquote.seed is false: {} quotes in {} episodes{}{}", plan.quotes(),
					plan.episodes(), plan.podcasts().isEmpty() ? "" : ", podcasts " + String.join(", ", plan.podcasts()),
					plan.people().isEmpty() ? "" : ", people " + String.join(", ", plan.people()));
		}
	}

	private boolean wanted(ApplicationArguments args) {
		if (!command) {
			return properties.seed();
		}
		return asked(args) || args != null && args.containsOption("podquote.seed") && properties.seed();
	}

	private static boolean asked(ApplicationArguments args) {
		return args != null && args.containsOption(WITH_SAMPLE);
	}

	int load() throws IOException, TranscriptParseException {
		byte[] bytes = read(CAPTURE);
		CapturedPage page = new SpeakerPageParser().parse(CAPTURE, new String(bytes, StandardCharsets.UTF_8));
		PageFacts facts;
		try (InputStream in = new ClassPathResource(FACTS).getInputStream()) {
			facts = PageFacts.read(FACTS, in);
		}
		return importer.importPage(CAPTURE, Hashes.sha256(bytes), page, facts, true);
	}

	private static byte[] read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

}
