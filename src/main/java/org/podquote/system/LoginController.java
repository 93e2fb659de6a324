package org.podquote.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	static final String VIEW = "system/login";

	/** Longer waits than a day are nobody's: the parameter is only ever written by {@link ThrottledSignIn}. */
	private static final long MAX_RETRY_SECONDS = 24 * 60 * 60;

	private final AdminAccount admin;

	LoginController(AdminAccount admin) {
		this.admin = admin;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "retry", required = false) String retry, Model model) {
		model.addAttribute("adminEnabled", admin.enabled());
		model.addAttribute("retry", Retry.of(retry));
		return VIEW;
	}

	/** How long the sign-in form must wait, in the unit the message uses: seconds under a minute, else minutes. */
	record Retry(long amount, boolean minutes) {

		static Retry of(String seconds) {
			if (seconds == null || !seconds.matches("\\d{1,9}")) {
				return null;
			}
			long value = Math.min(Math.max(1, Long.parseLong(seconds)), MAX_RETRY_SECONDS);
			return value < 60 ? new Retry(value, false) : new Retry((value + 59) / 60, true);
		}

	}

}
