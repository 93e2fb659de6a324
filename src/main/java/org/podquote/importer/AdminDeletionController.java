package org.podquote.importer;

import java.util.List;

import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.Episodes;
import org.podquote.podcast.Podcast;
import org.podquote.podcast.PodcastRepository;
import org.podquote.podcast.Podcasts;
import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.Speakers;
import org.podquote.system.AdminAccount;
import org.podquote.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting an episode, a podcast or a person with all their quotes, and removing the sample: each a
 * page that says what will go (GET), then the deletion (POST, with the form's CSRF token), then the
 * page it leaves, with a notice.
 */
@Controller
class AdminDeletionController {

	static final String VIEW_CONFIRM = "importer/admin-delete";

	static final String SAMPLE_PATH = "/admin/sample/remove";

	/**
	 * The confirmation page.
	 *
	 * @param kind {@code episode}, {@code podcast}, {@code speaker} or {@code sample}, which picks its words
	 * @param name what is deleted, as the heading names it
	 * @param action where the form posts
	 * @param back where "keep it" leads
	 */
	public record Confirmation(String kind, String name, LibraryDeletions.Plan plan, String action, String back) {

		public long quotes() {
			return plan.quotes();
		}

		public long episodes() {
			return plan.episodes();
		}

		public long credits() {
			return plan.credits();
		}

		public List<String> people() {
			return plan.people();
		}

		public List<String> podcasts() {
			return plan.podcasts();
		}

	}

	private final EpisodeRepository episodes;

	private final PodcastRepository podcasts;

	private final SpeakerRepository speakers;

	private final LibraryDeletions deletions;

	private final AdminAccount admin;

	AdminDeletionController(EpisodeRepository episodes, PodcastRepository podcasts, SpeakerRepository speakers,
			LibraryDeletions deletions, AdminAccount admin) {
		this.episodes = episodes;
		this.podcasts = podcasts;
		this.speakers = speakers;
		this.deletions = deletions;
		this.admin = admin;
	}

	@GetMapping(Episodes.DELETE_PATH)
	String confirmEpisode(@PathVariable String podcast, @PathVariable String episode, Model model) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Episode found = episode(podcast, episode);
		return confirm(model, new Confirmation("episode", found.getTitle(), deletions.planEpisode(found),
				Episodes.deleteUrl(podcast, episode), Episodes.url(podcast, episode)));
	}

	@PostMapping(Episodes.DELETE_PATH)
	String deleteEpisode(@PathVariable String podcast, @PathVariable String episode, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Episode found = episode(podcast, episode);
		LibraryDeletions.Plan done = deletions.deleteEpisode(found);
		return done(redirect, Podcasts.url(podcast), "admin.deleted.episode", found.getTitle(), done.quotes());
	}

	@GetMapping(Podcasts.DELETE_PATH)
	String confirmPodcast(@PathVariable String podcast, Model model) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Podcast found = podcast(podcast);
		return confirm(model, new Confirmation("podcast", found.getTitle(), deletions.planPodcast(found),
				Podcasts.deleteUrl(podcast), Podcasts.url(podcast)));
	}

	@PostMapping(Podcasts.DELETE_PATH)
	String deletePodcast(@PathVariable String podcast, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Podcast found = podcast(podcast);
		LibraryDeletions.Plan done = deletions.deletePodcast(found);
		return done(redirect, "/podcasts", "admin.deleted.podcast", found.getTitle(), done.episodes(), done.quotes());
	}

	@GetMapping(Speakers.DELETE_PATH)
	String confirmSpeaker(@PathVariable String slug, Model model) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Speaker found = speaker(slug);
		return confirm(model, new Confirmation("speaker", found.getName(), deletions.planSpeaker(found),
				Speakers.deleteUrl(slug), Speakers.url(slug)));
	}

	@PostMapping(Speakers.DELETE_PATH)
	String deleteSpeaker(@PathVariable String slug, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Speaker found = speaker(slug);
		LibraryDeletions.Plan done = deletions.deleteSpeaker(found);
		return done(redirect, "/speakers", "admin.deleted.speaker", found.getName(), done.quotes());
	}

	@GetMapping(SAMPLE_PATH)
	String confirmSample(Model model, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		LibraryDeletions.Plan plan = deletions.planSample();
		if (plan.episodes() == 0) {
			return done(redirect, "/", "admin.sample.none");
		}
		return confirm(model, new Confirmation("sample", null, plan, SAMPLE_PATH, "/"));
	}

	@PostMapping(SAMPLE_PATH)
	String removeSample(RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		if (deletions.planSample().episodes() == 0) {
			return done(redirect, "/", "admin.sample.none");
		}
		LibraryDeletions.Plan done = deletions.deleteSample();
		return done(redirect, "/", "admin.deleted.sample", done.quotes(), done.episodes());
	}

	private static String confirm(Model model, Confirmation confirmation) {
		model.addAttribute("confirm", confirmation);
		return VIEW_CONFIRM;
	}

	private static String done(RedirectAttributes redirect, String to, String key, Object... args) {
		redirect.addFlashAttribute(AdminNotice.ATTRIBUTE, AdminNotice.of(key, args));
		return "redirect:" + to;
	}

	private Episode episode(String podcast, String episode) {
		return episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("podcast", podcast, "episode", episode));
	}

	private Podcast podcast(String slug) {
		return podcasts.findBySlug(slug).orElseThrow(() -> new NotFoundException("podcast", slug));
	}

	private Speaker speaker(String slug) {
		return speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
	}

}
