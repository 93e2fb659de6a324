package org.podquote.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The style sheet, script and icon: linked by their content's hash and cached for a year under it. */
class StaticResourcesTest extends PageTest {

	@Test
	void pagesLinkTheStyleSheetScriptAndIconByTheirContentHash() throws Exception {
		for (String path : List.of("/", "/search?q=model", "/speakers/sam-marks", EPISODE)) {
			Document page = page(path);
			assertThat(page.select("link[rel=stylesheet]").attr("href")).as(path).matches("/css/podquote-[0-9a-f]{32}\\.css");
			assertThat(page.select("script[src]").attr("src")).as(path).matches("/js/podquote-[0-9a-f]{32}\\.js");
			assertThat(page.select("link[rel=icon]").attr("href")).as(path).matches("/favicon-[0-9a-f]{32}\\.svg");
		}
	}

	@Test
	void hashedFilesAreCachedForAYear() throws Exception {
		Document home = page("/");
		for (String url : List.of(home.select("link[rel=stylesheet]").attr("href"), home.select("script[src]").attr("src"),
				home.select("link[rel=icon]").attr("href"))) {
			MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(url).isEqualTo("public, max-age=31536000, immutable");
			assertThat(response.getHeader("Pragma")).as(url).isNull();
			assertThat(response.getHeader("ETag")).as(url).isNotBlank();
			assertThat(response.getHeader("Content-Security-Policy")).as(url).isEqualTo(SecurityHeaders.PAGES);
		}
	}

	/** Whatever links to the plain path from outside still gets the file, checked with the server each time. */
	@Test
	void thePlainPathStillAnswersButIsRevalidated() throws Exception {
		for (String path : List.of("/css/podquote.css", "/js/podquote.js", "/favicon.svg")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
			assertThat(response.getHeader("Last-Modified")).as(path).isNotBlank();
		}
	}

	/** A stale or made-up hash is not the file under another name, and is never cached for a year. */
	@Test
	void anotherHashIsNotFound() throws Exception {
		for (String path : List.of("/css/podquote-0123456789abcdef0123456789abcdef.css", "/js/podquote-old.js")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getHeader("Cache-Control")).as(path).doesNotContain("max-age=31536000");
		}
	}

	/** StaticResources maps folders, not /**: a file dropped into static/ must be in one of them. */
	@Test
	void everyFileUnderStaticIsServed() throws Exception {
		Path root = new ClassPathResource("static").getFile().toPath();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String path = "/" + root.relativize(file).toString().replace('\\', '/');
				assertThat(status(path)).as(path).isEqualTo(200);
			}
		}
	}

	@Test
	void linksThatAreNotFilesAreLeftAlone() throws Exception {
		assertThat(page("/").select("nav.site-nav a").eachAttr("href")).contains("/search", "/speakers");
	}

}
