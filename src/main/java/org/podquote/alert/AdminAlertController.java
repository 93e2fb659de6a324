package org.podquote.alert;

import java.util.List;

import org.podquote.importer.AdminNotice;
import org.podquote.search.SearchParams;
import org.podquote.system.AdminAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/alerts}: saved searches with their webhook, secret, Atom feed and latest
 * deliveries; save one (the search page's query and filters), delete one.
 */
@Controller
class AdminAlertController {

	static final String VIEW = "alert/admin-alerts";

	static final String VIEW_DISABLED = "importer/admin-disabled";

	static final String PATH = "/admin/alerts";

	/** Deliveries shown per saved search. */
	static final int DELIVERIES = 10;

	private final Alerts alerts;

	private final AdminAccount admin;

	AdminAlertController(Alerts alerts, AdminAccount admin) {
		this.alerts = alerts;
		this.admin = admin;
	}

	/** What the form holds; kept when it is shown again with an error. */
	record AlertForm(String name, String q, String speaker, String podcast, String from, String to, String webhookUrl) {
	}

	@GetMapping(PATH)
	String list(Model model) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AlertForm(null, null, null, null, null, null, null));
		}
		model.addAttribute("alerts", alerts.all()
			.stream()
			.map(s -> AlertView.of(s, alerts.latestDeliveries(s.getId(), DELIVERIES)))
			.toList());
		return VIEW;
	}

	@PostMapping(PATH)
	String save(@RequestParam(required = false) String name, @RequestParam(required = false) String q,
			@RequestParam(required = false) String speaker, @RequestParam(required = false) String podcast,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String webhookUrl, Model model, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		try {
			SavedSearch saved = alerts.save(name, new SearchParams(q, speaker, podcast, from, to, null), webhookUrl);
			redirect.addFlashAttribute("adminNotice", new AdminNotice("admin.alerts.saved", List.of(saved.getName())));
			return "redirect:" + PATH;
		}
		catch (Alerts.InvalidAlert ex) {
			model.addAttribute("form", new AlertForm(name, q, speaker, podcast, from, to, webhookUrl));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex.getMessage());
			return list(model);
		}
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		alerts.find(id).ifPresent(search -> {
			alerts.delete(id);
			redirect.addFlashAttribute("adminNotice", new AdminNotice("admin.alerts.deleted", List.of(search.getName())));
		});
		return "redirect:" + PATH;
	}

}
