package org.podquote;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main flow in real headless Chromium: speaker page, chart, search, quote in its episode. Every
 * page visited must keep to the Content-Security-Policy: a violation in the console fails the test.
 */
@BrowserAppTest
class BrowserTest {

	@LocalServerPort
	int port;

	Chromium chromium;

	WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		chromium = Chromium.start(1280, 1000);
		driver = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			try {
				assertThat(policyViolations()).as("Content-Security-Policy violations in the console").isEmpty();
			}
			finally {
				chromium.close();
			}
		}
	}

	@Test
	void speakerChartThenSearchThenTheQuoteInItsEpisode() {
		driver.get(url("/speakers/sam-marks"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sam Marks");
		WebElement bar = driver.findElement(By.cssSelector("svg.chart rect.bar[data-count='20']"));
		assertThat(bar.getRect().getHeight()).isGreaterThan(50);
		assertThat(bar.getRect().getWidth()).isGreaterThan(5);

		driver.findElement(By.linkText("Search")).click();
		WebElement box = driver.findElement(By.id("q"));
		box.sendKeys("\"bad role models\"", Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".quote-text mark")));
		assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).startsWith("1 quote");
		assertThat(driver.findElement(By.cssSelector(".quote-text mark")).getText()).isEqualTo("bad role models");

		driver.findElement(By.linkText("Read in the episode")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/episodes/"));
		String anchor = driver.getCurrentUrl().replaceAll(".*#", "");
		assertThat(anchor).matches("a\\d+");
		WebElement quote = driver.findElement(By.id(anchor));
		assertThat(quote.getText()).contains("Unfortunately, many AIs appearing in fiction are bad role models.");
		assertThat(quote.getCssValue("box-shadow")).isNotEqualTo("none");
		Object top = ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].getBoundingClientRect().top;", quote);
		assertThat(((Number) top).doubleValue()).isBetween(0.0, 1000.0);
	}

	@Test
	void clickingAChartBarNarrowsTheListToThatMonth() {
		driver.get(url("/speakers/sam-marks"));
		assertThat(driver.findElements(By.cssSelector(".group-quote"))).hasSize(10);

		driver.findElement(By.cssSelector("svg.chart a.bar-group:not(:has(rect.bar[data-count='20']))")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("from="));
		assertThat(driver.findElements(By.cssSelector(".group-quote"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".empty-state")).getText()).startsWith("No quotes match");

		driver.findElement(By.cssSelector("svg.chart rect.bar[data-count='20']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("from=2026-02-01"));
		assertThat(driver.findElement(By.cssSelector(".list-summary")).getText()).startsWith("20 quotes");
		assertThat(driver.findElements(By.cssSelector(".group-quote"))).hasSize(10);
	}

	@Test
	void playingFromAQuoteSetsThePlayersTime() throws Exception {
		try (AudioServer audio = AudioServer.start(60)) {
			importer.importTranscript("timed.vtt", "timed.vtt", TIMED.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					new org.podquote.importer.EpisodeTarget("Browser Show", "timed", "A timed episode",
							java.time.LocalDate.of(2025, 6, 1), null, audio.url(), java.util.List.of()));
			driver.get(url("/podcasts/browser-show/episodes/a-timed-episode"));
			WebElement second = driver.findElements(By.cssSelector("a.play-link")).get(1);
			assertThat(second.getAttribute("data-play")).isEqualTo("42");

			second.click();
			new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> currentTime(d) >= 41.9);
			assertThat(currentTime(driver)).isBetween(41.9, 44.0);
			assertThat(driver.getCurrentUrl()).contains("t=42");

			driver.get(url("/podcasts/browser-show/episodes/a-timed-episode?t=17"));
			new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> currentTime(d) >= 16.9);
		}
	}

	@Test
	void theApiPageWorksUnderItsOwnPolicy() {
		driver.get(url("/api"));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
		assertThat(driver.findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText))
			.contains("/api/v1/speakers/{slug}");
	}

	/** The check above finds violations: an inline script is refused, and the console says so. */
	@Test
	void anInlineScriptIsRefusedAndReported() {
		driver.get(url("/speakers/sam-marks"));
		Object ran = ((JavascriptExecutor) driver).executeScript("var s = document.createElement('script');"
				+ "s.textContent = 'window.inlineRan = true;'; document.head.appendChild(s); return window.inlineRan === true;");
		assertThat(ran).isEqualTo(false);
		assertThat(policyViolations()).isNotEmpty();
	}

	@Test
	void downloadsATranscript() {
		driver.get(url("/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks"));
		WebElement link = driver.findElement(By.linkText("WebVTT"));
		assertThat(link.getAttribute("download")).isNotNull();
		Object text = ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text().then(t => done(r.headers.get('content-disposition') + '\\n' + t)));",
				link.getAttribute("href"));
		assertThat(text.toString()).startsWith("attachment; filename=\"the-persona-selection-model-by-sam-marks.vtt\"\nWEBVTT")
			.contains("<v Sam Marks>Unfortunately, many AIs appearing in fiction are bad role models.");
	}

	static final String TIMED = """
			WEBVTT

			00:00:05.000 --> 00:00:09.000
			<v Ada Lovelace>The engine weaves algebraic patterns.

			00:00:42.000 --> 00:00:47.000
			<v Charles Babbage>Just as the loom weaves flowers and leaves.
			""";

	@org.springframework.beans.factory.annotation.Autowired
	org.podquote.importer.TranscriptImporter importer;

	private List<String> policyViolations() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	private static double currentTime(WebDriver driver) {
		Object t = ((JavascriptExecutor) driver).executeScript("return document.getElementById('player').currentTime;");
		return ((Number) t).doubleValue();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
