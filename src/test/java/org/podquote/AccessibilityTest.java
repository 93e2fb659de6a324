package org.podquote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.ImportJob;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, at a desktop width (1280 px) and two phone widths (390 and 320 px), in real
 * Chromium: no serious or critical axe-core violation (with WCAG 2.2's target-size rule, which axe
 * leaves off by default, turned on; in the light palette, and at 320 px in the dark one too), exactly
 * one {@code h1} and no skipped heading level, and at 320 px nothing that scrolls sideways. Beside
 * them, how the search facets sit on a phone and how a quote's tools work from the keyboard.
 * Screenshots at 1280 and 390 px go to {@code target/screenshots/} for a person to look at.
 */
@BrowserAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

	static final String EPISODE = "/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks";

	static final String AUDIO_EPISODE = "/podcasts/accessible-radio/episodes/a-timed-and-voiced-episode";

	static final int[] WIDTHS = { 1280, 390, 320 };

	/** The fragment that marks a public page to visit signed in. */
	static final String SIGNED_IN = "signed-in";

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * The rules that Swagger UI's own markup (springdoc's page at /api, from the webjar) breaks, and
	 * that we cannot mend without forking it: its method badges and version stamp are white on light
	 * colours, each operation's row is a button with links inside, the servers list has no label,
	 * and the operation links are 19 px high lines. They are turned off on /api only, where every
	 * element is Swagger UI's; so is the heading-order check (its tags are h3 straight after its h1).
	 */
	static final List<String> SWAGGER_RULES = List.of("color-contrast", "nested-interactive", "select-name",
			"target-size");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TranscriptImporter importer;

	@Autowired
	ImportJob job;

	Chromium chromium;

	AudioServer audio;

	@BeforeAll
	void startBrowserAndAddAnEpisodeWithAudio() throws Exception {
		chromium = Chromium.start(1280, 900);
		audio = AudioServer.start(60);
		importer.importTranscript("voiced.vtt", "voiced.vtt", VOICED.getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Accessible Radio", "voiced", "A timed and voiced episode", LocalDate.of(2025, 6, 1),
						Duration.ofMinutes(1), audio.url(), List.of()));
		// a show without dates, longer than a page, whose host has no dated quote, and a feed episode
		// whose transcript could not be fetched: the pages that say so
		for (int n = 1; n <= 30; n++) {
			job.importUpload("numbered-radio-" + n + ".md", ("**Nora Numbers:** Episode " + n
					+ " of a show with no dates.\n\n**Guest " + n + ":** Thank you, Nora.\n").getBytes(StandardCharsets.UTF_8),
					"Numbered Radio");
		}
		EpisodeTarget unfetched = new EpisodeTarget("Numbered Radio", "unfetched", "An episode without its transcript",
				null, null, null, List.of());
		importer.importEpisodeOnly(unfetched);
		importer.recordFailure(unfetched, "https://transcripts.example/unfetched.srt", "srt", null,
				"https://transcripts.example/unfetched.srt: the server answered 404 (not found)");
	}

	@AfterAll
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
		if (audio != null) {
			audio.close();
		}
	}

	/** Every kind of page, by a name for its screenshots; /admin/ ones are visited signed in. */
	Stream<Arguments> pages() {
		long quote = jdbc.queryForObject("select min(id) from appearance", Long.class);
		return Stream.of(
				Arguments.of("home", "/"),
				Arguments.of("people", "/speakers"),
				Arguments.of("speaker", "/speakers/sam-marks"),
				Arguments.of("speaker-page-2", "/speakers/sam-marks?page=2"),
				Arguments.of("speaker-search", "/speakers/sam-marks?q=persona#appearances"),
				Arguments.of("speaker-month", "/speakers/sam-marks?from=2026-02-01&to=2026-02-28#appearances"),
				Arguments.of("podcasts", "/podcasts"),
				Arguments.of("podcast", "/podcasts/lesswrong-curated-popular"),
				Arguments.of("episode", EPISODE),
				Arguments.of("episode-search", EPISODE + "?q=archetype"),
				Arguments.of("episode-audio", AUDIO_EPISODE),
				Arguments.of("quote", "/quotes/" + quote),
				Arguments.of("search", "/search"),
				Arguments.of("search-results", "/search?q=models"),
				Arguments.of("search-over-time", "/search/over-time?q=models"),
				Arguments.of("search-none", "/search?q=%22models+role+bad%22"),
				Arguments.of("search-filtered", "/search?q=models&speaker=sam-marks&from=2026"),
				Arguments.of("charts", "/charts"),
				Arguments.of("podcast-undated", "/podcasts/numbered-radio?page=2"),
				Arguments.of("speaker-undated", "/speakers/nora-numbers"),
				Arguments.of("episode-unfetched", "/podcasts/numbered-radio/episodes/an-episode-without-its-transcript"),
				Arguments.of("topics", "/topics"),
				Arguments.of("topics-speaker", "/topics?speaker=sam-marks"),
				Arguments.of("topics-episode", "/topics?podcast=lesswrong-curated-popular&episode=the-persona-selection-model-by-sam-marks"),
				Arguments.of("login", "/login"),
				Arguments.of("admin-import", "/admin/import"),
				Arguments.of("admin-subscriptions", "/admin/subscriptions"),
				Arguments.of("admin-alerts", "/admin/alerts"),
				Arguments.of("admin-episode-edit", "/admin" + EPISODE + "/edit"),
				Arguments.of("admin-episode-delete", "/admin" + EPISODE + "/delete"),
				Arguments.of("admin-podcast-delete", "/admin/podcasts/lesswrong-curated-popular/delete"),
				Arguments.of("admin-speaker-delete", "/admin/speakers/sam-marks/delete"),
				Arguments.of("admin-sample-remove", "/admin/sample/remove"),
				// the public pages as the admin sees them, with their edit and delete links
				Arguments.of("home-signed-in", "/#" + SIGNED_IN),
				Arguments.of("episode-signed-in", EPISODE + "#" + SIGNED_IN),
				Arguments.of("podcast-signed-in", "/podcasts/lesswrong-curated-popular#" + SIGNED_IN),
				Arguments.of("speaker-signed-in", "/speakers/sam-marks#" + SIGNED_IN),
				Arguments.of("not-found", "/speakers/nobody"),
				Arguments.of("api", "/api"));
	}

	/** A results page whose chart over time is looked at once the script has loaded it. */
	private static final String OVER_TIME_LOADED = "/search?q=models";

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void passesAxeHasOrderedHeadingsAndFitsAPhone(String name, String path) throws Exception {
		WebDriver driver = chromium.driver();
		boolean admin = path.startsWith("/admin/") || path.endsWith("#" + SIGNED_IN);
		boolean swagger = path.equals("/api");
		List<String> problems = new ArrayList<>();
		try {
			if (admin) {
				signIn();
			}
			for (int width : WIDTHS) {
				chromium.viewport(width, width > 800 ? 900 : 844);
				driver.get(url(path));
				if (swagger) {
					new WebDriverWait(driver, Duration.ofSeconds(20))
						.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
				}
				if (path.equals(OVER_TIME_LOADED)) {
					// the script puts the phrase over time in its link's place after the page has loaded
					new WebDriverWait(driver, Duration.ofSeconds(20))
						.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#over-time .over-time-facts")));
				}
				String where = name + " at " + width + " px";
				assertThat(((Number) chromium.script("return window.innerWidth;")).intValue()).as(where).isEqualTo(width);
				problems.addAll(axe(where, swagger ? SWAGGER_RULES : List.of()));
				problems.addAll(headings(where, !swagger));
				if (width == 320) {
					problems.addAll(sideways(where));
					// and with every menu and the facets open, as a reader may leave them
					chromium.script("document.querySelectorAll('details').forEach(d => d.open = true);");
					problems.addAll(sideways(where + " with menus open"));
				}
				if (width != 320) {
					chromium.screenshot(SCREENSHOTS.resolve(name + "-" + width + ".png"), 8000);
				}
			}
			if (!swagger) {
				// the dark palette too, for contrast (Swagger UI has none)
				chromium.colorScheme("dark");
				driver.get(url(path));
				assertThat(chromium.script("return matchMedia('(prefers-color-scheme: dark)').matches;")).isEqualTo(true);
				problems.addAll(axe(name + " at 320 px, dark", List.of()));
			}
		}
		finally {
			chromium.colorScheme("light");
			if (admin) {
				driver.manage().deleteAllCookies();
			}
		}
		assertThat(problems).as("accessibility problems on " + path).isEmpty();
	}

	@Test
	void theEpisodeFormWithErrorsAtItsFieldsPassesAxeAndFitsAPhone() throws Exception {
		WebDriver driver = chromium.driver();
		List<String> problems = new ArrayList<>();
		try {
			signIn();
			chromium.viewport(320, 844);
			driver.get(url("/admin" + EPISODE + "/edit"));
			driver.findElement(By.id("title")).clear();
			driver.findElement(By.id("number")).sendKeys("twelve");
			driver.findElement(By.id("link")).sendKeys("not an address");
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElements(By.cssSelector(".field-error"))).hasSize(3);
			problems.addAll(axe("episode form with errors at 320 px", List.of()));
			problems.addAll(headings("episode form with errors at 320 px", true));
			problems.addAll(sideways("episode form with errors at 320 px"));
			chromium.screenshot(SCREENSHOTS.resolve("admin-episode-errors-320.png"), 8000);
		}
		finally {
			driver.manage().deleteAllCookies();
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void facetsComeBeforeTheResultsClosedOnAPhoneAndBesideThemOpenOnADesktop() {
		WebDriver driver = chromium.driver();
		chromium.viewport(390, 844);
		driver.get(url("/search?q=models"));
		WebElement facets = driver.findElement(By.cssSelector(".facets details"));
		WebElement results = driver.findElement(By.cssSelector(".search-results"));
		assertThat(facets.getAttribute("open")).isNull();
		assertThat(facets.getRect().getY()).isLessThan(results.getRect().getY());
		assertThat(driver.findElement(By.cssSelector(".facets a")).isDisplayed()).isFalse();
		driver.findElement(By.cssSelector(".facets summary")).click();
		assertThat(driver.findElement(By.cssSelector(".facets a")).isDisplayed()).isTrue();

		chromium.viewport(1280, 900);
		driver.get(url("/search?q=models"));
		facets = driver.findElement(By.cssSelector(".facets details"));
		results = driver.findElement(By.cssSelector(".search-results"));
		assertThat(facets.getAttribute("open")).isNotNull();
		assertThat(facets.getRect().getX()).isGreaterThan(results.getRect().getX() + results.getRect().getWidth());
	}

	@Test
	void quoteToolsAreTwoTabStopsAtMostAndTheirMenuWorksFromTheKeyboard() throws Exception {
		WebDriver driver = chromium.driver();
		chromium.viewport(390, 844);
		driver.get(url(EPISODE));
		String tabStops = """
				return [...document.querySelectorAll('li.turn')].map(turn => [...turn.querySelectorAll('a[href], button, summary, input')]
				  .filter(e => e.tabIndex >= 0 && e.checkVisibility() && !e.classList.contains('speaker-link')).length);
				""";
		assertThat((List<?>) chromium.script(tabStops)).hasSize(20).allMatch(count -> ((Number) count).intValue() == 1);
		driver.get(url(AUDIO_EPISODE));
		assertThat((List<?>) chromium.script(tabStops)).isNotEmpty().allMatch(count -> ((Number) count).intValue() == 2);

		WebElement first = driver.findElement(By.cssSelector("li.turn"));
		WebElement play = first.findElement(By.cssSelector("a.play-link"));
		WebElement share = first.findElement(By.cssSelector("details.quote-tools summary"));
		chromium.script("arguments[0].focus();", play);
		new Actions(driver).sendKeys(Keys.TAB).perform();
		assertThat(driver.switchTo().activeElement()).isEqualTo(share);
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		assertThat(first.findElement(By.cssSelector("details.quote-tools")).getAttribute("open")).isNotNull();
		new Actions(driver).sendKeys(Keys.TAB).perform();
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Copy the quote");
		chromium.screenshot(SCREENSHOTS.resolve("episode-audio-menu-390.png"), 8000);
		new Actions(driver).sendKeys(Keys.ESCAPE).perform();
		assertThat(first.findElement(By.cssSelector("details.quote-tools")).getAttribute("open")).isNull();
		assertThat(driver.switchTo().activeElement()).isEqualTo(share);
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement second = driver.findElements(By.cssSelector("li.turn")).get(1);
		assertThat(chromium.script("return document.activeElement.closest('li.turn') === arguments[0];", second))
			.as("the closed menu's links are skipped").isEqualTo(true);

		share.click();
		second.findElement(By.cssSelector("details.quote-tools summary")).click();
		// "toggle" events are dispatched after the click returns: wait for the page to settle
		assertThat(openMenusSettleAt(1)).as("one menu open at a time").isEqualTo(1L);
		driver.findElement(By.tagName("h1")).click();
		assertThat(openMenusSettleAt(0)).as("a click elsewhere closes it").isEqualTo(0L);
	}

	/** Serious and critical axe-core violations, each with its rule, where, and the elements. */
	private List<String> axe(String where, List<String> disabled) {
		AxeRuleOptions on = new AxeRuleOptions();
		on.setEnabled(true);
		AxeRunOptions options = new AxeRunOptions();
		options.setRules(Map.of("target-size", on));
		AxeBuilder builder = new AxeBuilder().withOptions(options);
		if (!disabled.isEmpty()) {
			builder.disableRules(disabled);
		}
		Results results = builder.analyze(chromium.driver());
		assertThat(results.isErrored()).as(where + ": " + results.getErrorMessage()).isFalse();
		if (!disabled.contains("target-size")) {
			assertThat(Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
				.flatMap(List::stream)
				.map(Rule::getId)).as("target-size ran").contains("target-size");
		}
		List<String> problems = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (!FAILING_IMPACTS.contains(rule.getImpact())) {
				continue;
			}
			for (CheckedNode node : rule.getNodes()) {
				problems.add(where + ": axe " + rule.getId() + " (" + rule.getImpact() + ") " + node.getTarget() + " "
						+ node.getFailureSummary().replace('\n', ' '));
			}
		}
		return problems;
	}

	/**
	 * One h1, and each heading at most one level below the one before it (the first being the h1).
	 * Headings hidden from everyone ({@code display: none}, {@code hidden}, {@code aria-hidden}) do not count;
	 * visually hidden ones, which screen readers announce, do.
	 */
	@SuppressWarnings("unchecked")
	private List<String> headings(String where, boolean ordered) {
		List<Object> levels = (List<Object>) chromium.script("""
				const shown = el => { for (let e = el; e; e = e.parentElement) {
				  if (e.hidden || e.getAttribute('aria-hidden') === 'true' || getComputedStyle(e).display === 'none') return false; }
				  return true; };
				return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].filter(shown)
				  .map(h => (h.getAttribute('aria-level') || h.tagName.substring(1)) + ' ' + h.textContent.trim().substring(0, 40));
				""");
		List<String> problems = new ArrayList<>();
		long h1 = levels.stream().filter(level -> level.toString().startsWith("1 ")).count();
		if (h1 != 1) {
			problems.add(where + ": " + h1 + " h1 headings, not one: " + levels);
		}
		int previous = 0;
		for (Object heading : levels) {
			int level = Integer.parseInt(heading.toString().substring(0, 1));
			if (ordered && level > previous + 1) {
				problems.add(where + ": heading level skipped, h" + previous + " then \"h" + heading + "\"");
			}
			previous = level;
		}
		return problems;
	}

	/** Whether the page scrolls sideways, with the widest elements that stick out. */
	private List<String> sideways(String where) {
		Object overflow = chromium.script("""
				const width = window.innerWidth;
				if (document.documentElement.scrollWidth <= width) return null;
				const name = e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className : '');
				const all = [...document.querySelectorAll('body *')];
				const out = all.filter(e => e.getBoundingClientRect().right > width + 0.5)
				  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5))
				  .map(e => name(e) + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')');
				const spilling = all.filter(e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1
				    && e.clientWidth > 0 && e.getBoundingClientRect().left + e.scrollWidth > width + 0.5)
				  .map(e => name(e) + ' (content ' + e.scrollWidth + ' px in ' + e.clientWidth + ')');
				return document.documentElement.scrollWidth + ' > ' + width + ': ' + out.concat(spilling).slice(0, 8).join(', ');
				""");
		return overflow == null ? List.of() : List.of(where + ": scrolls sideways, " + overflow);
	}

	private void signIn() {
		WebDriver driver = chromium.driver();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(BrowserAppTest.ADMIN);
		driver.findElement(By.id("password")).sendKeys(BrowserAppTest.PASSWORD);
		driver.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/import"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** Times and audio, so that quotes have a play link; a long address and a long word, which must wrap on a phone. */
	static final String VOICED = """
			WEBVTT

			00:00:05.000 --> 00:00:09.000
			<v Ada Lovelace>The engine weaves algebraic patterns, https://example.com/a-very-long-address/that-does-not-break-anywhere-on-its-own-at-all.

			00:00:12.000 --> 00:00:15.000
			<v Ada Lovelace>Supercalifragilisticexpialidociousnessesandthensomemorelettersuntilitisverywide.

			00:00:42.000 --> 00:00:47.000
			<v Charles Babbage>Just as the loom weaves flowers and leaves.
			""";

	/** How many Share menus are open once the count is the one expected, or after 5 s whatever it is then. */
	private long openMenusSettleAt(long expected) {
		String count = "return document.querySelectorAll('details.quote-tools[open]').length;";
		try {
			new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
				.until(d -> ((Number) chromium.script(count)).longValue() == expected);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// the assertion says what the count is
		}
		return ((Number) chromium.script(count)).longValue();
	}

}
