package org.podquote.podcast;

import org.podquote.speaker.Roles;

/** Someone credited on a show's episodes (from podcast:person), in a role, over some episodes. */
public record CreditedPerson(String slug, String name, String role, long episodes) {

	/** The role as shown: "co_host" is "Co-Host". */
	public String roleLabel() {
		return Roles.display(role);
	}

	public String url() {
		return "/speakers/" + slug;
	}

}
