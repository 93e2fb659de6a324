package org.podquote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podquote.importer.EpisodeTarget;
import org.podquote.importer.TranscriptImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The episode player in real headless Chromium, playing a silent WAV served on loopback: a click on
 * a time seeks there, the passage being played is marked as the time moves, a clip ({@code ?t=&end=})
 * stops at its end, keys move the time, and the captions track is our own WebVTT export.
 */
@BrowserAppTest
class PlayerBrowserTest {

	private static AudioServer audio;

	@LocalServerPort
	int port;

	@Autowired
	TranscriptImporter importer;

	Chromium chromium;

	WebDriver driver;

	@BeforeAll
	static void serveAudio() throws Exception {
		audio = AudioServer.start(60);
	}

	@AfterAll
	static void stopAudio() {
		audio.close();
	}

	@BeforeEach
	void start() throws Exception {
		importer.importTranscript("player.vtt", "player.vtt", TRANSCRIPT.getBytes(StandardCharsets.UTF_8),
				new EpisodeTarget("Player Show", "player-1", "Playing along", LocalDate.of(2025, 7, 1), null,
						audio.url(), List.of()));
		chromium = Chromium.start(1280, 900);
		driver = chromium.driver();
	}

	@AfterEach
	void stop() {
		if (chromium != null) {
			try {
				assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
					.filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")))
					.as("policy violations and script errors").isEmpty();
			}
			finally {
				chromium.close();
			}
		}
	}

	@Test
	void aClickOnATimeSeeksAndTheMarkFollowsThePlayer() {
		driver.get(url(EPISODE));
		waitFor(d -> number("return document.getElementById('player').readyState") >= 1);
		List<WebElement> turns = driver.findElements(By.cssSelector("ol.transcript > li.turn"));
		assertThat(turns).hasSize(3);

		driver.findElements(By.cssSelector("ol.transcript a.play-link")).get(1).click();
		waitFor(d -> currentTime() >= 19.9);
		assertThat(currentTime()).isBetween(19.9, 22.0);
		assertThat(driver.getCurrentUrl()).contains("t=20");
		waitFor(d -> marked().equals(List.of(1)));

		pauseAt(41.5);
		waitFor(d -> marked().equals(List.of(2)));
		assertThat(turns.get(2).getAttribute("aria-current")).isEqualTo("true");
		assertThat(turns.get(1).getAttribute("aria-current")).isNull();

		pauseAt(6);
		waitFor(d -> marked().equals(List.of(0)));
		// between the first passage's end (9 s) and the second's start (20 s) nothing is being said
		pauseAt(12);
		waitFor(d -> marked().isEmpty());
	}

	@Test
	void aClipPlaysFromItsStartAndStopsAtItsEnd() {
		driver.get(url(EPISODE + "?t=21&end=23"));
		assertThat(driver.findElement(By.cssSelector(".clip-note")).getText()).contains("0:21").contains("0:23");
		waitFor(d -> number("return document.getElementById('player').readyState") >= 1);
		// the page may not start sound by itself; its button may (a user's gesture)
		if (Boolean.TRUE.equals(chromium.script("return document.getElementById('player').paused;"))) {
			driver.findElement(By.id("play-clip")).click();
		}
		waitFor(d -> !Boolean.TRUE.equals(chromium.script("return document.getElementById('player').paused;"))
				|| currentTime() >= 22.9);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE
			.equals(chromium.script("return document.getElementById('player').paused;")) && currentTime() >= 22.9);
		assertThat(currentTime()).isBetween(22.9, 23.3);
		// it stays stopped: the clip is over
		sleep(700);
		assertThat(currentTime()).isBetween(22.9, 23.3);
		assertThat(marked()).containsExactly(1);
	}

	@Test
	void keysPlayPauseAndMoveTheTime() {
		driver.get(url(EPISODE));
		waitFor(d -> number("return document.getElementById('player').readyState") >= 1);
		pauseAt(30);
		new Actions(driver).sendKeys(driver.findElement(By.tagName("h1")), "l").perform();
		waitFor(d -> Math.abs(currentTime() - 40) < 0.6);
		new Actions(driver).sendKeys("j").sendKeys("j").perform();
		waitFor(d -> Math.abs(currentTime() - 20) < 0.6);
		new Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).perform();
		waitFor(d -> Math.abs(currentTime() - 25) < 0.6);
		new Actions(driver).sendKeys("k").perform();
		waitFor(d -> Boolean.FALSE.equals(chromium.script("return document.getElementById('player').paused;")));
		new Actions(driver).sendKeys("k").perform();
		waitFor(d -> Boolean.TRUE.equals(chromium.script("return document.getElementById('player').paused;")));
	}

	@Test
	void theCaptionsTrackIsTheTranscriptsWebVtt() {
		driver.get(url(EPISODE));
		WebElement track = driver.findElement(By.cssSelector("#player track[kind='captions']"));
		assertThat(track.getAttribute("src")).endsWith(EPISODE + "/transcript.vtt");
		chromium.script("document.getElementById('player').textTracks[0].mode = 'hidden';");
		waitFor(d -> number("var t = document.getElementById('player').textTracks[0]; return t.cues ? t.cues.length : 0;") == 3);
		assertThat(chromium.script("return document.getElementById('player').textTracks[0].cues[1].startTime;"))
			.isEqualTo(20L);
		assertThat(chromium.script("return document.getElementById('player').textTracks[0].cues[1].text;").toString())
			.contains("Just as the loom weaves flowers and leaves.");
	}

	@Test
	void thePlayerStaysInViewWhileTheTranscriptScrolls() {
		driver.get(url(EPISODE));
		chromium.viewport(390, 500);
		chromium.script("window.scrollTo(0, document.body.scrollHeight);");
		waitFor(d -> number("return window.scrollY") > 0);
		Number top = (Number) chromium.script("return document.getElementById('player-bar').getBoundingClientRect().top;");
		assertThat(top.doubleValue()).isBetween(-1.0, 1.0);
	}

	private void pauseAt(double seconds) {
		chromium.script("var p = document.getElementById('player'); p.pause(); p.currentTime = arguments[0];", seconds);
	}

	@SuppressWarnings("unchecked")
	private List<Integer> marked() {
		return ((List<Number>) chromium.script("return Array.from(document.querySelectorAll('ol.transcript > li.turn'))"
				+ ".map((li, i) => li.classList.contains('is-playing') ? i : -1).filter(i => i >= 0);"))
			.stream()
			.map(Number::intValue)
			.toList();
	}

	private double currentTime() {
		return number("return document.getElementById('player').currentTime;");
	}

	private double number(String script) {
		return ((Number) chromium.script(script)).doubleValue();
	}

	private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	static final String EPISODE = "/podcasts/player-show/episodes/playing-along";

	static final String TRANSCRIPT = """
			WEBVTT

			00:00:05.000 --> 00:00:09.000
			<v Ada Lovelace>The engine weaves algebraic patterns.

			00:00:20.000 --> 00:00:30.000
			<v Charles Babbage>Just as the loom weaves flowers and leaves.

			00:00:40.000 --> 00:00:55.000
			<v Ada Lovelace>It might compose elaborate pieces of music.
			""";

}
