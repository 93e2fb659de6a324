package org.podquote.importer;

import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.Episodes;
import org.podquote.podcast.Podcasts;
import org.podquote.system.AdminAccount;
import org.podquote.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/podcasts/{podcast}/episodes/{episode}/edit}: the admin sets an episode's title, date, number, audio and link. */
@Controller
class AdminEpisodeController {

	static final String VIEW_EDIT = "importer/admin-episode";

	/** The episode the form is of, for the page's heading and links. */
	public record EditedEpisode(String title, String podcastTitle, String url, String podcastUrl, String editUrl,
			String deleteUrl) {

		static EditedEpisode of(Episode e) {
			String podcast = e.getPodcast().getSlug();
			return new EditedEpisode(e.getTitle(), e.getPodcast().getTitle(), Episodes.url(podcast, e.getSlug()),
					Podcasts.url(podcast), Episodes.editUrl(podcast, e.getSlug()),
					Episodes.deleteUrl(podcast, e.getSlug()));
		}

	}

	private final EpisodeRepository episodes;

	private final EpisodeEditor editor;

	private final AdminAccount admin;

	AdminEpisodeController(EpisodeRepository episodes, EpisodeEditor editor, AdminAccount admin) {
		this.episodes = episodes;
		this.editor = editor;
		this.admin = admin;
	}

	@InitBinder("form")
	void onlyTheFormsFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "date", "number", "audioUrl", "link");
	}

	@GetMapping(Episodes.EDIT_PATH)
	String edit(@PathVariable String podcast, @PathVariable String episode, Model model) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Episode found = find(podcast, episode);
		model.addAttribute("episode", EditedEpisode.of(found));
		model.addAttribute("form", EpisodeForm.of(found));
		return VIEW_EDIT;
	}

	@PostMapping(Episodes.EDIT_PATH)
	String save(@PathVariable String podcast, @PathVariable String episode, @ModelAttribute("form") EpisodeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Episode found = find(podcast, episode);
		EpisodeForm.Edit edit = form.read(errors);
		if (edit == null) {
			model.addAttribute("episode", EditedEpisode.of(found));
			return VIEW_EDIT;
		}
		boolean changed = editor.save(found.getId(), edit);
		redirect.addFlashAttribute(AdminNotice.ATTRIBUTE,
				AdminNotice.of(changed ? "admin.episode.saved" : "admin.episode.unchanged", edit.title()));
		return "redirect:" + Episodes.url(podcast, episode);
	}

	private Episode find(String podcast, String episode) {
		return episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("podcast", podcast, "episode", episode));
	}

}
