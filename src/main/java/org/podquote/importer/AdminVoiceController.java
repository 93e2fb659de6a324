package org.podquote.importer;

import org.podquote.episode.Episode;
import org.podquote.episode.EpisodeRepository;
import org.podquote.episode.Episodes;
import org.podquote.speaker.SpeakerNames;
import org.podquote.speaker.Voices;
import org.podquote.system.AdminAccount;
import org.podquote.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Speaker 1 is …": the admin names an unnamed voice from the episode page. */
@Controller
class AdminVoiceController {

	/** What the episode page says after a voice was named. */
	public record VoiceNamed(String voice, String name, int quotes) {
	}

	/** Why a voice was not named, said on the episode page. */
	public record VoiceError(String messageKey, String voice) {
	}

	private final EpisodeRepository episodes;

	private final VoiceNaming naming;

	private final AdminAccount admin;

	private final Voices voices;

	AdminVoiceController(EpisodeRepository episodes, VoiceNaming naming, AdminAccount admin,
			ImportProperties properties) {
		this.episodes = episodes;
		this.naming = naming;
		this.admin = admin;
		this.voices = new Voices(properties.pseudoSpeakers());
	}

	@PostMapping(Episodes.VOICES_PATH)
	String name(@PathVariable String podcast, @PathVariable String episode, @RequestParam String voice,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return AdminImportController.VIEW_DISABLED;
		}
		Episode found = episodes.findBySlugs(podcast, episode)
			.orElseThrow(() -> new NotFoundException("episode", podcast + "/" + episode));
		String clean = name == null ? "" : SpeakerNames.clean(name);
		String problem = clean.isEmpty() ? "episode.voices.error.blank"
				: clean.length() > TranscriptImporter.MAX_SPEAKER_NAME ? "episode.voices.error.long"
						: voices.voiceOf(clean) != null ? "episode.voices.error.notAName" : null;
		VoiceNaming.Named named = problem == null ? naming.name(found, voice, clean) : null;
		if (problem == null && named.quotes() == 0) {
			problem = "episode.voices.error.gone";
		}
		if (problem != null) {
			redirect.addFlashAttribute("voiceError", new VoiceError(problem, voice));
		}
		else {
			redirect.addFlashAttribute("voiceNamed", new VoiceNamed(voice, named.speaker().getName(), named.quotes()));
		}
		return "redirect:" + Episodes.url(podcast, episode) + (problem == null ? "" : "#voices");
	}

}
