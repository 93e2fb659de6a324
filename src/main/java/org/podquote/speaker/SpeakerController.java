package org.podquote.speaker;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.podquote.appearance.QuoteCsv;
import org.podquote.episode.SampleRepository;
import org.podquote.search.QuoteHit;
import org.podquote.search.QuoteSearch;
import org.podquote.search.SearchCriteria;
import org.podquote.search.SearchPage;
import org.podquote.search.SearchQuery;
import org.podquote.speaker.SpeakerFilter.Order;
import org.podquote.system.Csv;
import org.podquote.system.NotFoundException;
import org.podquote.system.PageSizes;
import org.podquote.system.Paging;
import org.podquote.system.PublicUrls;
import org.podquote.timeline.Activities;
import org.podquote.timeline.Timeline;
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

	/** The longest name filter read; a longer one is cut there. */
	static final int NAME_FILTER_MAX = 300;

	private final SpeakerRepository speakers;

	private final SpeakerQuoteList list;

	private final PersonTotals totals;

	private final Activities activities;

	private final QuoteSearch search;

	private final SampleRepository sample;

	SpeakerController(SpeakerRepository speakers, SpeakerQuoteList list, PersonTotals totals, Activities activities,
			QuoteSearch search, SampleRepository sample) {
		this.speakers = speakers;
		this.list = list;
		this.totals = totals;
		this.activities = activities;
		this.search = search;
		this.sample = sample;
	}

	/** Everyone with at least one quote, most quoted first; {@code name} keeps those whose name contains it. */
	@GetMapping("/speakers")
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String name,
			Model model) {
		String filter = name == null ? "" : SpeakerNames.clean(name);
		filter = filter.substring(0, Math.min(filter.length(), NAME_FILTER_MAX));
		PageRequest request = PageRequest.of(Paging.index(page), PageSizes.PEOPLE);
		Page<SpeakerCount> people = filter.isEmpty() ? speakers.findMostQuoted(request)
				: speakers.findMostQuotedNamed(containing(filter), request);
		model.addAttribute("people", people.getContent());
		model.addAttribute("sample", sample.find());
		model.addAttribute("name", filter);
		model.addAttribute("paging", Paging.of(people.getNumber(), PageSizes.PEOPLE, people.getTotalElements()));
		return VIEW_LIST;
	}

	@GetMapping("/speakers/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer episodePage, @RequestParam(required = false) String q,
			@RequestParam(required = false) String podcast, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String order, Model model) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
		PersonTotals.Totals kept = totals.of(speaker);
		SpeakerEpisodes all = kept.all();
		List<SpeakerEpisodes.Show> shows = all.shows();
		String show = podcast == null || podcast.isBlank() ? null : podcast.strip();
		model.addAttribute("speaker", SpeakerView.of(speaker, kept.roles(), kept.hosts(), all, shows.size(),
				kept.creditedEpisodes()));
		model.addAttribute("creditedOnly", kept.creditedOnly());
		if (all.isEmpty()) {
			return VIEW_PAGE;
		}

		SpeakerFilter filter = new SpeakerFilter(Speakers.url(slug), q == null ? "" : q.strip(), show, from, to,
				Order.of(order), 0);
		SpeakerEpisodes shown = all.filter(show, from, to);
		int index = Paging.index(page);
		List<EpisodeGroup.Item> items;
		long total;
		if (filter.searching()) {
			SearchPage<QuoteHit> hits = search.search(SearchCriteria
				.ofSpeaker(slug, show, filter.q(), from, to, switch (filter.order()) {
					case BEST -> SearchQuery.Sort.RELEVANCE;
					case NEWEST -> SearchQuery.Sort.NEWEST;
					case OLDEST -> SearchQuery.Sort.OLDEST;
				})
				.queryWithoutFacets(index, PageSizes.QUOTES));
			items = hits.hits().stream().map(h -> new EpisodeGroup.Item(h.quote(), h.snippetHtml())).toList();
			total = hits.total();
			model.addAttribute("notes", hits.notes());
		}
		else {
			items = (filter.best() ? list.best(speaker, all, shown, index, PageSizes.QUOTES)
					: list.inOrder(speaker, shown, index, PageSizes.QUOTES, filter.oldest()))
				.stream()
				.map(quote -> new EpisodeGroup.Item(quote, null))
				.toList();
			total = shown.quotes();
		}
		if (items.isEmpty() && index > 0) {
			throw new NotFoundException("speaker", slug, "page", page);
		}
		SpeakerEpisodes onShow = all.filter(show, null, null);
		Timeline timeline = Timeline.of(onShow.months(), onShow.undated());
		int episodeIndex = Math.min(Paging.index(episodePage), Math.max(0, (shown.episodes() - 1) / PageSizes.SPEAKER_EPISODES));
		model.addAttribute("shows", shows);
		model.addAttribute("showTitle", shows.stream()
			.filter(s -> s.slug().equals(show))
			.map(SpeakerEpisodes.Show::title)
			.findFirst()
			.orElse(show));
		// the dated by month, the undated (if any) by episode number, show by show
		model.addAttribute("activity", activities.ofSpeaker(timeline, onShow.undatedEpisodes()));
		model.addAttribute("groups", EpisodeGroup.of(items));
		model.addAttribute("paging", Paging.of(index, PageSizes.QUOTES, total));
		model.addAttribute("filter", filter.withTotal(total));
		model.addAttribute("episodeRows", shown.page(episodeIndex, PageSizes.SPEAKER_EPISODES));
		model.addAttribute("episodePaging",
				Paging.of(episodeIndex, PageSizes.SPEAKER_EPISODES, shown.episodes(), "episodePage", "episodes"));
		model.addAttribute("appearsWith", kept.appearsWith());
		return VIEW_PAGE;
	}

	/** Every appearance of the speaker, newest first, read an episode at a time so memory stays flat. */
	@GetMapping("/speakers/{slug}/appearances.csv")
	void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
		String base = PublicUrls.current().base();
		Writer out = Csv.download(response, slug + "-appearances.csv");
		QuoteCsv.header(out);
		IOException[] failed = new IOException[1];
		list.eachNewest(speaker, quote -> {
			if (failed[0] == null) {
				try {
					QuoteCsv.row(out, quote, base);
				}
				catch (IOException ex) {
					failed[0] = ex;
				}
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
		out.flush();
	}

	/** A {@code like} pattern for names containing the text, with {@code !} escaping the pattern's own signs. */
	static String containing(String text) {
		return "%" + SpeakerNames.key(text).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
