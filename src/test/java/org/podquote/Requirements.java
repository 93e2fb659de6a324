package org.podquote;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need something a developer's machine may lack (Chromium, PostgreSQL, the
 * shared data): they skip there, but fail under {@code CI=true}, where it must be present.
 */
public final class Requirements {

	private Requirements() {
	}

	public static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	public static void require(boolean present, String what) {
		if (!present && onCi()) {
			Assertions.fail(what + " is required when CI=true");
		}
		Assumptions.assumeTrue(present, what + " is not available here");
	}

}
