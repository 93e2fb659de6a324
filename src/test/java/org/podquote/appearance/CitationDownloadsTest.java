package org.podquote.appearance;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.podquote.testing.PageTest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The seed's quotes cited on their page and as files, one by one and all of a search or a speaker; their share card. */
class CitationDownloadsTest extends PageTest {

	@Test
	void theQuotePageCitesInApaMlaAndChicagoAndOffersTheFiles() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 1", Long.class);
		Document page = page("/quotes/" + id);
		assertThat(page.select(".citation-styles dt").eachText()).containsExactly("APA", "MLA", "Chicago");
		assertThat(page.select(".citation-styles .citation-text").eachText()).containsExactly(
				"Marks, S. (2026, February 25). \"The persona selection model\" by Sam Marks [Audio podcast episode]. "
						+ "In LessWrong (Curated & Popular). http://localhost/quotes/" + id,
				"Marks, Sam. \u201c\"The persona selection model\" by Sam Marks.\u201d LessWrong (Curated & Popular), "
						+ "25 Feb. 2026, localhost/quotes/" + id + ".",
				"Marks, Sam. \u201c\"The persona selection model\" by Sam Marks.\u201d LessWrong (Curated & Popular). "
						+ "February 25, 2026. Podcast episode. http://localhost/quotes/" + id + ".");
		assertThat(page.select(".cite .downloads a").eachAttr("href")).containsExactly("/quotes/" + id + "/citation.bib",
				"/quotes/" + id + "/citation.ris", "/quotes/" + id + "/citation.json");
		assertThat(page.select("img.card-preview").attr("src")).isEqualTo("/quotes/" + id + "/card.png");
	}

	@Test
	void oneQuoteDownloadsAsEachFile() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 1", Long.class);
		MockHttpServletResponse bib = download("/quotes/" + id + "/citation.bib");
		assertThat(bib.getContentType()).startsWith("application/x-bibtex");
		assertThat(bib.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"quote-" + id + ".bib\"");
		var fields = CitationStylesTest.bibEntries(bib.getContentAsString()).get(0);
		assertThat(fields).containsEntry("author", "Marks, Sam")
			.containsEntry("howpublished", "LessWrong (Curated \\& Popular), podcast episode")
			.containsEntry("date", "2026-02-25")
			.containsEntry("url", "http://localhost/quotes/" + id)
			.containsEntry("note", "``Unfortunately, many AIs appearing in fiction are bad role models.''");

		MockHttpServletResponse ris = download("/quotes/" + id + "/citation.ris");
		assertThat(ris.getContentType()).startsWith("application/x-research-info-systems");
		assertThat(ris.getContentAsString()).contains("AU  - Marks, Sam\r\n", "DA  - 2026/02/25\r\n",
				"UR  - http://localhost/quotes/" + id + "\r\n").endsWith("ER  - \r\n");

		JsonNode csl = JsonMapper.builder().build().readTree(download("/quotes/" + id + "/citation.json").getContentAsString());
		assertThat(csl.get(0).get("container-title").asString()).isEqualTo("LessWrong (Curated & Popular)");
		assertThat(status("/quotes/" + id + "/citation.doc")).isEqualTo(404);
	}

	@Test
	void aSearchAndASpeakerDownloadAllTheirQuotesAsOneFile() throws Exception {
		// the same quotes as the search's CSV, in its order
		String search = download("/search/citations.ris?q=role+models").getContentAsString();
		String csv = download("/search.csv?q=role+models").getContentAsString();
		long rows = csv.lines().count() - 1;
		assertThat(rows).isGreaterThan(1);
		assertThat(search.split("ER  - \r\n", -1)).hasSize((int) rows + 1);
		assertThat(search).contains("AB  - Unfortunately, many AIs appearing in fiction are bad role models.");

		JsonNode all = JsonMapper.builder().build().readTree(download("/speakers/sam-marks/citations.json").getContentAsString());
		assertThat(all.size()).isEqualTo(20);
		assertThat(all.get(0).get("author").get(0).get("family").asString()).isEqualTo("Marks");
		String bib = download("/speakers/sam-marks/citations.bib").getContentAsString();
		assertThat(CitationStylesTest.bibEntries(bib)).hasSize(20);
		assertThat(page("/speakers/sam-marks").select(".downloads a[href$=citations.ris]").attr("href"))
			.isEqualTo("/speakers/sam-marks/citations.ris");
		assertThat(page("/search?q=models").select(".downloads a[href*=citations.bib]").attr("href"))
			.isEqualTo("/search/citations.bib?q=models");
	}

	@Test
	void theShareCardIsAPngOfTheQuote() throws Exception {
		long id = jdbc.queryForObject("select id from appearance where position = 1", Long.class);
		MockHttpServletResponse card = download("/quotes/" + id + "/card.png");
		assertThat(card.getContentType()).isEqualTo("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		long ink = 0;
		for (int y = 0; y < 630; y += 2) {
			for (int x = 0; x < 1200; x += 2) {
				if ((image.getRGB(x, y) & 0xff) < 100) {
					ink++;
				}
			}
		}
		assertThat(ink).isGreaterThan(2000);
		assertThat(status("/quotes/999999/card.png")).isEqualTo(404);
	}

	private MockHttpServletResponse download(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

}
