package org.podquote.importer;

import java.util.Optional;

import org.podquote.speaker.Speaker;
import org.podquote.speaker.SpeakerEpisode;
import org.podquote.speaker.SpeakerNames;
import org.podquote.speaker.SpeakerRepository;
import org.podquote.speaker.Speakers;
import org.podquote.speaker.Voices;
import org.podquote.system.AdminAccount;
import org.podquote.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who a person is, corrected by the admin from one page: merge them into another person, rename
 * them, or give one episode's quotes of theirs to another person. A form that cannot be done comes
 * back with the reason at its field (400); one that can redirects to the person's page with a notice.
 */
@Controller
class AdminIdentityController {

	static final String VIEW = "importer/admin-identity";

	/** Why a form was not done: which form, the message key and what the admin typed. */
	public record Problem(String form, String messageKey, String value) {
	}

	private final SpeakerRepository speakers;

	private final IdentityEdits edits;

	private final AdminAccount admin;

	private final Voices voices;

	AdminIdentityController(SpeakerRepository speakers, IdentityEdits edits, AdminAccount admin,
			ImportProperties properties) {
		this.speakers = speakers;
		this.edits = edits;
		this.admin = admin;
		this.voices = new Voices(properties.pseudoSpeakers());
	}

	@GetMapping(Speakers.IDENTITY_PATH)
	String page(@PathVariable String slug, Model model) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		return show(find(slug), null, model);
	}

	@PostMapping(Speakers.IDENTITY_PATH + "/merge")
	String merge(@PathVariable String slug, @RequestParam(required = false) String into, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Speaker from = find(slug);
		String typed = into == null ? "" : into.strip();
		Optional<Speaker> target = typed.isEmpty() ? Optional.empty() : person(typed);
		String problem = typed.isEmpty() ? "admin.identity.error.blank"
				: target.isEmpty() ? "admin.identity.error.noSuchPerson"
						: target.get().getSlug().equals(from.getSlug()) ? "admin.identity.error.same" : null;
		if (problem != null) {
			return invalid(from, new Problem("merge", problem, typed), model, response);
		}
		IdentityEdits.Done done = edits.merge(from.getSlug(), target.get().getSlug());
		redirect.addFlashAttribute(AdminNotice.ATTRIBUTE,
				AdminNotice.of("admin.identity.merged", from.getName(), done.name(), done.quotes()));
		return "redirect:" + Speakers.url(done.slug());
	}

	@PostMapping(Speakers.IDENTITY_PATH + "/rename")
	String rename(@PathVariable String slug, @RequestParam(required = false) String name, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Speaker speaker = find(slug);
		String clean = name == null ? "" : SpeakerNames.clean(name);
		Optional<Speaker> holder = clean.isEmpty() ? Optional.empty() : speakers.findByNameKey(SpeakerNames.key(clean));
		String problem = nameProblem(clean);
		if (problem == null && holder.isPresent() && !holder.get().getId().equals(speaker.getId())) {
			problem = "admin.identity.error.taken";
		}
		if (problem == null && clean.equals(speaker.getName())) {
			problem = "admin.identity.error.unchanged";
		}
		if (problem != null) {
			return invalid(speaker, new Problem("rename", problem, clean), model, response);
		}
		String old = speaker.getName();
		IdentityEdits.Done done = edits.rename(slug, clean);
		redirect.addFlashAttribute(AdminNotice.ATTRIBUTE, AdminNotice.of("admin.identity.renamed", old, done.name()));
		return "redirect:" + Speakers.url(done.slug());
	}

	@PostMapping(Speakers.IDENTITY_PATH + "/move")
	String move(@PathVariable String slug, @RequestParam(required = false) Long episode,
			@RequestParam(required = false) String to, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Speaker from = find(slug);
		String clean = to == null ? "" : SpeakerNames.clean(to);
		String problem = episode == null ? "admin.identity.error.noEpisode" : nameProblem(clean);
		if (problem == null && SpeakerNames.key(clean).equals(from.getNameKey())) {
			problem = "admin.identity.error.same";
		}
		if (problem != null) {
			return invalid(from, new Problem("move", problem, clean), model, response);
		}
		IdentityEdits.Done done = edits.move(slug, episode, clean);
		if (done.quotes() == 0) {
			return invalid(from, new Problem("move", "admin.identity.error.noQuotes", clean), model, response);
		}
		redirect.addFlashAttribute(AdminNotice.ATTRIBUTE,
				AdminNotice.of("admin.identity.moved", done.quotes(), from.getName(), done.name()));
		return "redirect:" + Speakers.url(done.slug());
	}

	private String nameProblem(String clean) {
		return clean.isEmpty() ? "admin.identity.error.blank"
				: clean.length() > TranscriptImporter.MAX_SPEAKER_NAME ? "admin.identity.error.long"
						: voices.voiceOf(clean) != null ? "admin.identity.error.notAName" : null;
	}

	/** A person by slug, else by name or alias (as an import finds them). */
	private Optional<Speaker> person(String typed) {
		return speakers.findBySlug(typed)
			.or(() -> speakers.findByNameKey(SpeakerNames.key(typed)))
			.or(() -> speakers.findByAliasKey(SpeakerNames.key(typed)).stream().findFirst());
	}

	private String invalid(Speaker speaker, Problem problem, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(speaker, problem, model);
	}

	private String show(Speaker speaker, Problem problem, Model model) {
		model.addAttribute("name", speaker.getName());
		model.addAttribute("slug", speaker.getSlug());
		model.addAttribute("personUrl", Speakers.url(speaker.getSlug()));
		model.addAttribute("actionBase", Speakers.identityUrl(speaker.getSlug()));
		model.addAttribute("episodes", speakers.findEpisodes(speaker)
			.stream()
			.sorted(java.util.Comparator.comparing(SpeakerEpisode::publishedOn,
					java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
				.thenComparing(SpeakerEpisode::episodeTitle))
			.toList());
		model.addAttribute("problem", problem);
		return VIEW;
	}

	private Speaker find(String slug) {
		return speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
	}

}
