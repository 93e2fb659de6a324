package org.podquote.episode;

import java.util.List;
import org.podquote.speaker.Roles;

/**
 * A person credited on an episode, with the role and group shown normalised ("co_host" is
 * "Co-Host"); the group is the source's, else the taxonomy's for a role it knows, else null.
 */
public record CreditView(String speakerSlug, String speakerName, String role, String group) {

	public static CreditView of(Credit credit) {
		Roles.Role known = Roles.of(credit.getRole());
		String group = credit.getGroup() != null ? Roles.displayGroup(credit.getGroup())
				: known == null ? null : known.group();
		return new CreditView(credit.getSpeaker().getSlug(), credit.getSpeaker().getName(),
				Roles.display(credit.getRole()), group);
	}

	/** The credits of an episode as shown: two spellings of one role of one person are one credit. */
	public static List<CreditView> of(List<Credit> credits) {
		return credits.stream().map(CreditView::of).distinct().toList();
	}

	public String speakerUrl() {
		return "/speakers/" + speakerSlug;
	}

}
