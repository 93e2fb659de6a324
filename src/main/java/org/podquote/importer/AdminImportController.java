package org.podquote.importer;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.podquote.system.AdminAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/import}: upload transcript or feed files, or give a feed URL. */
@Controller
class AdminImportController {

	static final String VIEW_FORM = "importer/admin-import";

	static final String VIEW_DISABLED = "importer/admin-disabled";

	private final ImportJob job;

	private final AdminAccount admin;

	AdminImportController(ImportJob job, AdminAccount admin) {
		this.job = job;
		this.admin = admin;
	}

	/** What the form holds; kept when it is shown again with an error. */
	record ImportForm(String podcast, String feedUrl) {
	}

	/**
	 * One run's outcome, shown after the redirect.
	 *
	 * @param notes what was skipped or kept, then where each episode's facts came from (a few files
	 * at a time here, so one line each)
	 */
	record ReportView(String summary, List<String> failures, List<String> notes, boolean ok) {

		static ReportView of(ImportReport report) {
			List<String> notes = new ArrayList<>(report.warnings());
			notes.addAll(report.notes());
			notes.addAll(report.details());
			return new ReportView(report.summary(), report.failures(), notes, report.ok());
		}

	}

	@ModelAttribute("form")
	ImportForm form(@RequestParam(required = false) String podcast, @RequestParam(required = false) String feedUrl) {
		return new ImportForm(podcast, feedUrl);
	}

	@GetMapping("/admin/import")
	String show() {
		return admin.enabled() ? VIEW_FORM : VIEW_DISABLED;
	}

	@PostMapping("/admin/import")
	String submit(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@ModelAttribute("form") ImportForm form, Model model, RedirectAttributes redirect) {
		if (!admin.enabled()) {
			return VIEW_DISABLED;
		}
		List<MultipartFile> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		String url = form.feedUrl() == null ? "" : form.feedUrl().strip();
		if (uploads.isEmpty() && url.isEmpty()) {
			model.addAttribute("error", "admin.import.error.nothing");
			return VIEW_FORM;
		}
		if (!url.isEmpty() && !isHttpUrl(url)) {
			model.addAttribute("error", "admin.import.error.url");
			return VIEW_FORM;
		}
		List<ReportView> reports = new ArrayList<>();
		List<ImportJob.Upload> read = new ArrayList<>();
		for (MultipartFile upload : uploads) {
			String name = UploadNames.clean(upload.getOriginalFilename());
			try {
				read.add(new ImportJob.Upload(name, upload.getBytes()));
			}
			catch (IOException ex) {
				reports.add(new ReportView(name, List.of(name + ": the upload could not be read"), List.of(), false));
			}
		}
		if (!read.isEmpty()) {
			// together, so that one episode uploaded in several formats is one episode
			reports.add(ReportView.of(job.importUploads(read, form.podcast())));
		}
		if (!url.isEmpty()) {
			reports.add(ReportView.of(job.importFeedUrl(url)));
		}
		redirect.addFlashAttribute("reports", reports);
		return "redirect:/admin/import";
	}

	static boolean isHttpUrl(String url) {
		try {
			URI uri = URI.create(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
