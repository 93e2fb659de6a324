package org.podquote.atom;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.podquote.testing.SeedLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Atom feeds, read back with the JDK's namespace-aware parser, and the pages that point to them. */
@SeedLibraryTest
class AtomFeedsTest {

	static final String ATOM = AtomWriter.NAMESPACE;

	static final String EPISODE = "http://localhost/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void speakerFeedHasTheNewestQuotes() throws Exception {
		Document feed = feed("/feeds/speakers/sam-marks.atom");
		org.w3c.dom.Element root = feed.getDocumentElement();

		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "id")).isEqualTo("tag:localhost,2026:feed/speakers/sam-marks");
		assertThat(text(root, "title")).isEqualTo("Sam Marks \u2014 newest quotes \u2014 Podquote");
		assertThat(Instant.parse(text(root, "updated"))).isEqualTo(lastImport());
		assertThat(link(root, "self")).isEqualTo("http://localhost/feeds/speakers/sam-marks.atom");
		assertThat(link(root, "alternate")).isEqualTo("http://localhost/speakers/sam-marks");
		assertThat(text(child(root, "author"), "name")).isEqualTo("Sam Marks");

		List<org.w3c.dom.Element> entries = children(root, "entry");
		assertThat(entries).hasSize(20);
		long id = jdbc.queryForObject("select id from appearance where position = 2", Long.class);
		org.w3c.dom.Element third = entries.get(2);
		assertThat(text(third, "id")).isEqualTo("tag:localhost,2026:quote/" + id);
		assertThat(text(third, "title")).isEqualTo("Think of the Terminator or HAL 9000.");
		assertThat(text(third, "content")).isEqualTo("Think of the Terminator or HAL 9000.");
		assertThat(child(third, "content").getAttribute("type")).isEqualTo("text");
		assertThat(text(third, "summary"))
			.isEqualTo("Sam Marks \u2014 \"The persona selection model\" by Sam Marks, LessWrong (Curated & Popular), 25 February 2026");
		assertThat(text(third, "updated")).isEqualTo("2026-02-25T00:00:00Z");
		assertThat(text(third, "published")).isEqualTo("2026-02-25T00:00:00Z");
		assertThat(link(third, "alternate")).isEqualTo(EPISODE + "#a" + id);
		assertThat(text(child(third, "author"), "name")).isEqualTo("Sam Marks");
		assertThat(entries).allSatisfy(e -> assertThat(text(e, "title").length()).isLessThanOrEqualTo(101));
	}

	@Test
	void podcastFeedHasTheNewestEpisodes() throws Exception {
		org.w3c.dom.Element root = feed("/feeds/podcasts/lesswrong-curated-popular.atom").getDocumentElement();

		assertThat(text(root, "title")).isEqualTo("LessWrong (Curated & Popular) \u2014 newest episodes \u2014 Podquote");
		assertThat(link(root, "self")).isEqualTo("http://localhost/feeds/podcasts/lesswrong-curated-popular.atom");
		List<org.w3c.dom.Element> entries = children(root, "entry");
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(text(entry, "id"))
				.isEqualTo("tag:localhost,2026:episode/lesswrong-curated-popular/the-persona-selection-model-by-sam-marks");
			assertThat(text(entry, "title")).isEqualTo("\"The persona selection model\" by Sam Marks");
			assertThat(link(entry, "alternate")).isEqualTo(EPISODE);
			assertThat(text(entry, "summary")).isEqualTo("20 quotes \u00b7 1:34:24");
			assertThat(text(entry, "published")).isEqualTo("2026-02-25T00:00:00Z");
		});
	}

	@Test
	void searchFeedHasTheNewestMatchesAndEscapesTheQuery() throws Exception {
		org.w3c.dom.Element root = feed("/feeds/search.atom?q=\"bad role models\"").getDocumentElement();
		assertThat(text(root, "title")).isEqualTo("Quotes matching \u201c\"bad role models\"\u201d \u2014 Podquote");
		assertThat(link(root, "self")).isEqualTo("http://localhost/feeds/search.atom?q=%22bad%20role%20models%22");
		assertThat(link(root, "alternate")).startsWith("http://localhost/search?q=");
		assertThat(children(root, "entry")).singleElement()
			.satisfies(entry -> assertThat(text(entry, "content")).contains("bad role models"));

		org.w3c.dom.Element odd = feed(get("/feeds/search.atom").param("q", "<b>&amp; \"]]> models\u0007")).getDocumentElement();
		assertThat(text(odd, "title")).contains("<b>&amp; \"]]> models");
		assertThat(children(feed("/feeds/search.atom?q=models&speaker=nobody").getDocumentElement(), "entry")).isEmpty();
	}

	@Test
	void feedsAnswerBadAndUnknownRequests() throws Exception {
		mvc.perform(get("/feeds/speakers/nobody.atom")).andExpect(status().isNotFound());
		mvc.perform(get("/feeds/podcasts/nothing.atom")).andExpect(status().isNotFound());
		mvc.perform(get("/feeds/search.atom")).andExpect(status().isBadRequest());
		mvc.perform(get("/feeds/search.atom").param("q", " ")).andExpect(status().isBadRequest());
	}

	@Test
	void feedsAreConditionalAndOpenToAnyOrigin() throws Exception {
		String url = "/feeds/speakers/sam-marks.atom";
		MvcResult first = mvc.perform(get(url).header(HttpHeaders.ORIGIN, "https://reader.example"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).isNotBlank();

		mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
		mvc.perform(get(url).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andExpect(status().isNotModified());
	}

	@Test
	void pagesLinkTheirFeedsInTheHead() throws Exception {
		assertThat(alternate("/speakers/sam-marks")).isEqualTo("/feeds/speakers/sam-marks.atom");
		assertThat(alternate("/podcasts/lesswrong-curated-popular")).isEqualTo("/feeds/podcasts/lesswrong-curated-popular.atom");
		assertThat(alternate("/search?q=\"bad role models\"&speaker=sam-marks&sort=newest"))
			.isEqualTo("/feeds/search.atom?q=%22bad%20role%20models%22&speaker=sam-marks");
		assertThat(alternate(get("/search").param("q", "C++"))).isEqualTo("/feeds/search.atom?q=C%2B%2B");
		assertThat(alternate("/search")).isNull();
		assertThat(alternate("/")).isNull();
		assertThat(alternate("/speakers")).isNull();

		org.jsoup.nodes.Document page = Jsoup.parse(html(get("/speakers/sam-marks")));
		assertThat(page.select("head link[rel=alternate]").attr("title")).isEqualTo("Newest quotes of this person (Atom)");
		assertThat(page.select("nav.site-nav a").eachText()).containsSubsequence("People", "API");
		assertThat(page.select("nav.site-nav a:contains(API)").attr("href")).isEqualTo("/api");
	}

	private String alternate(String url) throws Exception {
		return alternate(get(url));
	}

	private String alternate(MockHttpServletRequestBuilder request) throws Exception {
		Element link = Jsoup.parse(html(request)).selectFirst("head link[rel=alternate][type=application/atom+xml]");
		return link == null ? null : link.attr("href");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Document feed(String url) throws Exception {
		return feed(get(url));
	}

	private Document feed(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private Instant lastImport() {
		return jdbc.queryForObject("select max(imported_at) from transcript_source", Timestamp.class)
			.toInstant()
			.truncatedTo(ChronoUnit.SECONDS);
	}

	private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
		List<org.w3c.dom.Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof org.w3c.dom.Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
		List<org.w3c.dom.Element> found = children(parent, name);
		assertThat(found).as("one atom:%s in atom:%s", name, parent.getLocalName()).hasSize(1);
		return found.get(0);
	}

	private static String text(org.w3c.dom.Element parent, String name) {
		return child(parent, name).getTextContent();
	}

	private static String link(org.w3c.dom.Element parent, String rel) {
		return children(parent, "link").stream()
			.filter(l -> rel.equals(l.getAttribute("rel")))
			.map(l -> l.getAttribute("href"))
			.findFirst()
			.orElse(null);
	}

}
