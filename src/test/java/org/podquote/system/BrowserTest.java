package org.podquote.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podquote.Requirements;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The main flow in real headless Chromium: speaker page, chart, search, quote in its episode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

	static final Path CHROMIUM = Path.of(System.getProperty("podquote.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("podquote.chromedriver", "/usr/bin/chromedriver"));

	@LocalServerPort
	int port;

	WebDriver driver;

	Path profile;

	@BeforeEach
	void startBrowser() throws Exception {
		Requirements.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
		profile = Files.createTempDirectory("podquote-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() throws Exception {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(profile);
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

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
