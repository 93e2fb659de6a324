package org.podquote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromedriver} at
 * {@code /usr/bin} (or {@code -Dpodquote.chromium=}, {@code -Dpodquote.chromedriver=}), with a
 * profile of its own that goes when it closes. Where they are absent the test skips, or fails when
 * {@code CI=true} ({@link Requirements}).
 */
final class Chromium implements AutoCloseable {

	static final Path BINARY = Path.of(System.getProperty("podquote.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("podquote.chromedriver", "/usr/bin/chromedriver"));

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** A browser with a window of this size (headless: the window is the viewport). */
	static Chromium start(int width, int height) throws IOException {
		Requirements.require(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
				"Chromium and ChromeDriver (" + BINARY + ", " + DRIVER + ")");
		Path profile = Files.createTempDirectory("podquote-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Chromium(driver, profile);
	}

	WebDriver driver() {
		return driver;
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** Makes the viewport this wide (and tall), as a phone or a desktop window would be. */
	void viewport(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Answers {@code prefers-color-scheme} with "light" or "dark", as a system setting would. */
	void colorScheme(String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/** A PNG of the whole page (up to maxHeight CSS pixels), not only of what the viewport shows. */
	void screenshot(Path file, int maxHeight) throws IOException {
		Number width = (Number) script("return document.documentElement.clientWidth;");
		Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, window.innerHeight);");
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width",
						width.intValue(), "height", Math.min(height.intValue(), maxHeight), "scale", 1)));
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

	@Override
	public void close() {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

}
