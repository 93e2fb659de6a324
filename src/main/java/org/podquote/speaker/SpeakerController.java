package org.podquote.speaker;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.podquote.appearance.Appearance;
import org.podquote.appearance.AppearanceRepository;
import org.podquote.appearance.QuoteCsv;
import org.podquote.appearance.QuoteView;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchCriteria;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.podquote.system.Csv;
import org.podquote.system.NotFoundException;
import org.podquote.system.PageSizes;
import org.podquote.system.Paging;
import org.podquote.system.PublicUrls;
import org.podquote.timeline.Activities;
import org.podquote.timeline.Activity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

@Controller
class SpeakerController {

	static final String VIEW_LIST = "speaker/list";

	static final String VIEW_PAGE = "speaker/page";

	static final int APPEARS_WITH = 8;

	static final int CSV_BATCH = 1000;

	/** Credits listed under "credited, not quoted"; a producer of hundreds of episodes gets the newest. */
	static final int CREDITED_ROWS = 100;

	private final SpeakerRepository speakers;

	private final AppearanceRepository appearances;

	private final Activities activities;

	private final QuoteSearch search;

	SpeakerController(SpeakerRepository speakers, AppearanceRepository appearances, Activities activities,
			QuoteSearch search) {
		this.speakers = speakers;
		this.appearances = appearances;
		this.activities = activities;
		this.search = search;
	}

	@GetMapping("/speakers")
	String list(@RequestParam(required = false) Integer page, Model model) {
		Page<SpeakerCount> people = speakers.findMostQuoted(PageRequest.of(Paging.index(page), PageSizes.PEOPLE));
		model.addAttribute("people", people.getContent());
		model.addAttribute("paging", Paging.of(people.getNumber(), PageSizes.PEOPLE, people.getTotalElements()));
		return VIEW_LIST;
	}

	@GetMapping("/speakers/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String order, Model model) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
		boolean oldest = "oldest".equals(order);
		String query = q == null ? "" : q.strip();
		int index = Paging.index(page);

		List<EpisodeGroup.Item> items;
		long total;
		if (query.isEmpty()) {
			PageRequest request = PageRequest.of(index, PageSizes.QUOTES,
					oldest ? AppearanceRepository.OLDEST : AppearanceRepository.NEWEST);
			Page<Appearance> rows = from == null && to == null ? appearances.findBySpeaker(speaker, request)
					: appearances.findBySpeakerBetween(speaker, from == null ? LocalDate.of(1, 1, 1) : from,
							to == null ? LocalDate.of(9999, 12, 31) : to, request);
			items = rows.map(a -> new EpisodeGroup.Item(QuoteView.of(a), null)).getContent();
			total = rows.getTotalElements();
		}
		else {
			SearchPage<QuoteHit> hits = search.search(SearchCriteria
				.ofSpeaker(slug, query, from, to, oldest ? SearchQuery.Sort.OLDEST : SearchQuery.Sort.NEWEST)
				.queryWithoutFacets(index, PageSizes.QUOTES));
			items = hits.hits().stream().map(h -> new EpisodeGroup.Item(h.quote(), h.snippetHtml())).toList();
			total = hits.total();
			model.addAttribute("notes", hits.notes());
		}
		if (items.isEmpty() && index > 0) {
			throw new NotFoundException("speaker", slug, "page", page);
		}
		Activity activity = activities.ofSpeaker(speaker);
		model.addAttribute("speaker", SpeakerView.of(speaker, speakers.findRoles(speaker), speakers.findStats(speaker),
				speakers.countCreditedEpisodes(speaker)));
		model.addAttribute("creditedOnly",
				CreditedEpisode.of(speakers.findCreditedNotQuoted(speaker, PageRequest.of(0, CREDITED_ROWS))));
		model.addAttribute("activity", activity);
		model.addAttribute("groups", EpisodeGroup.of(items));
		model.addAttribute("paging", Paging.of(index, PageSizes.QUOTES, total));
		model.addAttribute("filter", new SpeakerFilter(query, from, to, oldest, total));
		model.addAttribute("appearsWith", speakers.findAppearsWith(speaker, PageRequest.of(0, APPEARS_WITH)));
		return VIEW_PAGE;
	}

	/** Every appearance of the speaker, newest first, read a page at a time so memory stays flat. */
	@GetMapping("/speakers/{slug}/appearances.csv")
	void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
		String base = PublicUrls.current().base();
		Writer out = Csv.download(response, slug + "-appearances.csv");
		QuoteCsv.header(out);
		Page<Appearance> rows;
		int index = 0;
		do {
			rows = appearances.findBySpeaker(speaker, PageRequest.of(index++, CSV_BATCH, AppearanceRepository.NEWEST));
			for (Appearance a : rows) {
				QuoteCsv.row(out, QuoteView.of(a), base);
			}
		}
		while (rows.hasNext());
		out.flush();
	}

	/** How the speaker's list is narrowed and ordered. */
	public record SpeakerFilter(String q, LocalDate from, LocalDate to, boolean oldest, long total) {

		public boolean active() {
			return !q.isEmpty() || from != null || to != null;
		}

	}

}
