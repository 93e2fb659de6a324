package org.podquote.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one admin account, set by {@code podquote.admin.username} and {@code podquote.admin.password}
 * (or {@code PODQUOTE_ADMIN_USERNAME}, {@code PODQUOTE_ADMIN_PASSWORD}). With none set, the admin
 * pages are off and say how to turn them on. The password may be given encoded, e.g. {@code {bcrypt}$2a$…}.
 */
@ConfigurationProperties("podquote.admin")
public record AdminAccount(String username, String password) {

	public boolean enabled() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

}
