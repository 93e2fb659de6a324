package org.podquote.podcast;

import org.podquote.speaker.Roles;
import org.podquote.speaker.Speakers;
import org.podquote.system.Ranked;

/** Someone credited on a show's episodes (from podcast:person), in a role, over some episodes. */
public record CreditedPerson(String slug, String name, String role, long episodes) implements Ranked {

	/** The role as shown: "co_host" is "Co-Host". */
	public String roleLabel() {
		return Roles.display(role);
	}

	@Override
	public String url() {
		return Speakers.url(slug);
	}

	@Override
	public long count() {
		return episodes;
	}

	@Override
	public String tag() {
		return roleLabel();
	}

}
