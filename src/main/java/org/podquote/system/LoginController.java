package org.podquote.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "system/login";

	private final AdminAccount admin;

	LoginController(AdminAccount admin) {
		this.admin = admin;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("adminEnabled", admin.enabled());
		return VIEW;
	}

}
