package org.podquote.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.podquote.appearance.Appearance;
import org.podquote.episode.Episode;
import org.podquote.episode.LibraryMark;
import org.podquote.episode.LibraryMarks;
import org.podquote.search.QuoteIndexing;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerNames;
import org.podquote.speaker.SpeakerRedirect;
import org.podquote.speaker.SpeakerRedirectRepository;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.system.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who a person is, as the admin corrects it: two people who are one (merge), a person under another
 * name (rename), an episode's quotes given to another person (move). Each is one transaction; the
 * search index follows the quotes that changed when it commits, a former slug answers with a 301
 * ({@link SpeakerRedirect}), and a former name stays an alias, so that a later import of the same
 * files finds the person it stands for.
 */
@Component
class IdentityEdits {

	/** What an edit did: the person the quotes are now, and how many quotes it changed. */
	record Done(String name, String slug, int quotes) {
	}

	private final EntityManager entityManager;

	private final SpeakerRepository speakers;

	private final SpeakerRedirectRepository redirects;

	private final Library library;

	private final QuoteIndexing indexing;

	private final TransactionTemplate transactions;

	private final LibraryMarks marks;

	private final Clock clock;

	IdentityEdits(EntityManager entityManager, SpeakerRepository speakers, SpeakerRedirectRepository redirects,
			Library library, QuoteIndexing indexing, TransactionTemplate transactions, LibraryMarks marks, Clock clock) {
		this.entityManager = entityManager;
		this.speakers = speakers;
		this.redirects = redirects;
		this.library = library;
		this.indexing = indexing;
		this.transactions = transactions;
		this.marks = marks;
		this.clock = clock;
	}

	/**
	 * {@code from} is {@code into}: their quotes, credits, other names and former slugs become
	 * {@code into}'s, their name an alias of {@code into}, their slug a redirect; then they go.
	 */
	Done merge(String fromSlug, String intoSlug) {
		return transactions.execute(tx -> {
			Speaker from = speakers.findBySlug(fromSlug).orElseThrow();
			Speaker into = speakers.findBySlug(intoSlug).orElseThrow();
			List<Appearance> quotes = quotesOf(from, null);
			quotes.forEach(quote -> quote.reassign(into));
			// a credit both already hold (same episode and role) is kept once
			entityManager.createQuery("""
					update Credit c set c.speaker = :into where c.speaker = :from and not exists
					  (select d.id from Credit d where d.speaker = :into and d.episode = c.episode and d.role = c.role)""")
				.setParameter("into", into)
				.setParameter("from", from)
				.executeUpdate();
			entityManager.createQuery("delete from Credit c where c.speaker = :from").setParameter("from", from).executeUpdate();
			List<String> names = new ArrayList<>(from.getAliases());
			names.add(from.getName());
			from.getAliases().clear();
			for (SpeakerRedirect redirect : redirects.findBySpeaker(from)) {
				redirect.pointTo(into);
			}
			into.describeIfUnknown(from.getImageUrl(), from.getLinkUrl());
			entityManager.flush();
			for (String name : names) {
				if (!SpeakerNames.key(name).equals(into.getNameKey())) {
					into.getAliases().add(name);
				}
			}
			entityManager.flush();
			entityManager.remove(from);
			entityManager.flush();
			redirects.save(new SpeakerRedirect(fromSlug, into));
			indexing.reindex(quotes);
			changed(List.of(from.getId(), into.getId()));
			return new Done(into.getName(), into.getSlug(), quotes.size());
		});
	}

	/**
	 * The person under a new name and the slug it makes; the old name becomes an alias and the old
	 * slug a redirect. The caller has checked that no one else has the name.
	 */
	Done rename(String slug, String newName) {
		return transactions.execute(tx -> {
			Speaker speaker = speakers.findBySlug(slug).orElseThrow();
			String oldName = speaker.getName();
			String newSlug = Slugs.of(newName).equals(slug) ? slug
					: Slugs.unique(newName, candidate -> !candidate.equals(slug) && speakers.existsBySlug(candidate));
			// the new name is no alias of theirs any more; the old one is
			speaker.getAliases().removeIf(alias -> SpeakerNames.key(alias).equals(SpeakerNames.key(newName)));
			entityManager.flush();
			speaker.rename(newName, newSlug);
			if (!SpeakerNames.key(oldName).equals(SpeakerNames.key(newName))) {
				speaker.getAliases().add(oldName);
			}
			List<Appearance> quotes = List.of();
			if (!newSlug.equals(slug)) {
				redirects.findById(newSlug).ifPresent(redirects::delete);
				entityManager.flush();
				redirects.save(new SpeakerRedirect(slug, speaker));
				// the index keeps each quote's speaker by slug
				quotes = quotesOf(speaker, null);
				indexing.reindex(quotes);
			}
			changed(List.of(speaker.getId()));
			return new Done(speaker.getName(), speaker.getSlug(), quotes.size());
		});
	}

	/** The person's quotes in one episode become another person's, found or created by name as an import would. */
	Done move(String fromSlug, long episodeId, String toName) {
		return transactions.execute(tx -> {
			Speaker from = speakers.findBySlug(fromSlug).orElseThrow();
			Episode episode = entityManager.find(Episode.class, episodeId);
			List<Appearance> quotes = episode == null ? List.of() : quotesOf(from, episode);
			if (quotes.isEmpty()) {
				return new Done(from.getName(), from.getSlug(), 0);
			}
			Speaker to = library.speaker(toName);
			quotes.forEach(quote -> quote.nameSpeaker(to));
			indexing.reindex(quotes);
			changed(List.of(from.getId(), to.getId()));
			return new Done(to.getName(), to.getSlug(), quotes.size());
		});
	}

	private List<Appearance> quotesOf(Speaker speaker, Episode episode) {
		if (episode == null) {
			return entityManager.createQuery("select a from Appearance a where a.speaker = ?1 order by a.id", Appearance.class)
				.setParameter(1, speaker)
				.getResultList();
		}
		return entityManager
			.createQuery("select a from Appearance a where a.speaker = ?1 and a.episode = ?2 order by a.position", Appearance.class)
			.setParameter(1, speaker)
			.setParameter(2, episode)
			.getResultList();
	}

	/**
	 * The one place an identity edit tells the rest of the library that these people's counts
	 * changed: the library's last change (pages and the API answer conditional requests by it), and
	 * the refresh of maintained aggregates per speaker, podcast and month once there are any.
	 */
	private void changed(List<Long> speakerIds) {
		marks.save(new LibraryMark(LibraryMark.CHANGED, clock.instant()));
	}

}
