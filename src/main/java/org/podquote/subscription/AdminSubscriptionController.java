package org.podquote.subscription;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.podquote.importer.AdminNotice;
import org.podquote.system.AdminAccount;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/subscriptions}: the feeds followed with their last and next checks, subscribe by
 * URL or by an OPML file, refresh one now, unsubscribe; {@code /admin/subscriptions.opml} exports
 * them.
 */
@Controller
class AdminSubscriptionController {

	static final String VIEW = "subscription/admin-subscriptions";

	static final String VIEW_DISABLED = "importer/admin-disabled";

	static final String PATH = "/admin/subscriptions";

	static final MediaType OPML = MediaType.parseMediaType("text/x-opml;charset=UTF-8");

	private final Subscriptions subscriptions;

	private final AdminAccount admin;

	private final SubscriptionProperties properties;

	private final Clock clock;

	AdminSubscriptionController(Subscriptions subscriptions, AdminAccount admin, SubscriptionProperties properties,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.admin = admin;
		this.properties = properties;
		this.clock = clock;
	}

	/** One check's outcome, shown after the redirect. */
	record CheckView(String feedUrl, boolean ok, String message, List<String> problems) {

		static CheckView of(Subscriptions.Result result) {
			List<String> problems = result.report() == null ? List.of() : result.report().failures();
			String message = result.report() == null ? result.message()
					: result.message() + " (" + result.report().summary() + ")";
			return new CheckView(result.feedUrl(), result.ok(), message, problems);
		}

	}

	@GetMapping(PATH)
	String list(Model model) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		model.addAttribute("subscriptions", subscriptions.all().stream().map(SubscriptionView::of).toList());
		model.addAttribute("schedule", List.of(SubscriptionView.words(properties.interval()),
				Math.round(properties.jitter() * 100), SubscriptionView.words(properties.retryAfter()),
				SubscriptionView.words(properties.maxBackoff())));
		return VIEW;
	}

	@PostMapping(PATH)
	String subscribe(@RequestParam(defaultValue = "") String feedUrl, Model model, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		try {
			Subscriptions.Subscribed subscribed = subscriptions.subscribe(feedUrl);
			redirect.addFlashAttribute(AdminNoticeAttribute.NAME, new AdminNotice(
					subscribed.existed() ? "admin.subscriptions.existed" : "admin.subscriptions.added",
					List.of(subscribed.subscription().getFeedUrl())));
			redirect.addFlashAttribute("checks", List.of(CheckView.of(subscribed.first())));
			return "redirect:" + PATH;
		}
		catch (Subscriptions.InvalidFeedUrl ex) {
			model.addAttribute("feedUrl", feedUrl);
			model.addAttribute("urlError", ex.getMessage());
			return list(model);
		}
	}

	@PostMapping(PATH + "/{id}/refresh")
	String refresh(@PathVariable long id, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		if (subscriptions.find(id).isPresent()) {
			redirect.addFlashAttribute("checks", List.of(CheckView.of(subscriptions.refresh(id))));
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/delete")
	String unsubscribe(@PathVariable long id, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		subscriptions.find(id).ifPresent(subscription -> {
			subscriptions.unsubscribe(id);
			redirect.addFlashAttribute(AdminNoticeAttribute.NAME,
					new AdminNotice("admin.subscriptions.removed", List.of(subscription.getFeedUrl())));
		});
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/opml")
	String importOpml(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("opmlError", "admin.subscriptions.opml.none");
			return list(model);
		}
		List<String> urls;
		try {
			urls = Opml.read(file.getBytes());
		}
		catch (IOException | Opml.OpmlException ex) {
			model.addAttribute("opmlError", "admin.subscriptions.opml.bad");
			model.addAttribute("opmlReason", (file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename())
					+ ": " + ex.getMessage());
			return list(model);
		}
		int added = 0;
		int existed = 0;
		List<String> refused = new ArrayList<>();
		for (String url : urls) {
			try {
				if (subscriptions.add(url)) {
					added++;
				}
				else {
					existed++;
				}
			}
			catch (Subscriptions.InvalidFeedUrl ex) {
				refused.add(ex.getMessage());
			}
		}
		redirect.addFlashAttribute(AdminNoticeAttribute.NAME,
				new AdminNotice("admin.subscriptions.opml.done", List.of(added, existed, refused.size())));
		redirect.addFlashAttribute("refused", refused);
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + ".opml")
	ResponseEntity<byte[]> export() {
		if (!admin.enabled()) {
			return ResponseEntity.notFound().build();
		}
		List<Opml.Feed> feeds = subscriptions.all().stream().map(s -> new Opml.Feed(s.getFeedUrl(), s.getTitle())).toList();
		return ResponseEntity.ok()
			.contentType(OPML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("podquote-subscriptions.opml").build().toString())
			.body(Opml.write("Podquote subscriptions", clock.instant(), feeds));
	}

	/** The flash attribute the layout shows as the admin's notice. */
	static final class AdminNoticeAttribute {

		static final String NAME = "adminNotice";

		private AdminNoticeAttribute() {
		}

	}

}
