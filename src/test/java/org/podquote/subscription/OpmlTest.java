package org.podquote.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OpmlTest {

	@Test
	void readsTheFeedsOfEveryOutlineInFoldersTooEachOnce() throws Exception {
		String opml = """
				<?xml version="1.0"?>
				<opml version="1.0"><head><title>My podcasts</title></head><body>
				  <outline text="Tech">
				    <outline type="rss" text="Go Time" xmlUrl="https://changelog.com/gotime/feed"/>
				    <outline type="rss" text="Again" XMLURL="https://changelog.com/gotime/feed"/>
				  </outline>
				  <outline type="rss" text="LessWrong" xmlurl=" https://feeds.example/lesswrong.xml "/>
				  <outline text="a folder with no feed"/>
				</body></opml>
				""";
		assertThat(Opml.read(opml.getBytes(StandardCharsets.UTF_8)))
			.containsExactly("https://changelog.com/gotime/feed", "https://feeds.example/lesswrong.xml");
	}

	@Test
	void writesWhatItReadsBack() throws Exception {
		byte[] written = Opml.write("Podquote subscriptions", Instant.parse("2026-03-02T10:00:00Z"),
				List.of(new Opml.Feed("https://a.example/feed?x=1&y=2", "A & B"), new Opml.Feed("https://b.example/rss", null)));
		String text = new String(written, StandardCharsets.UTF_8);
		assertThat(text).contains("<opml version=\"2.0\">", "<dateCreated>Mon, 2 Mar 2026 10:00:00 GMT</dateCreated>",
				"text=\"A &amp; B\"", "xmlUrl=\"https://a.example/feed?x=1&amp;y=2\"", "text=\"https://b.example/rss\"");
		assertThat(Opml.read(written)).containsExactly("https://a.example/feed?x=1&y=2", "https://b.example/rss");
	}

	@Test
	void refusesWhatIsNotOpmlSayingWhere() {
		assertThatExceptionOfType(Opml.OpmlException.class)
			.isThrownBy(() -> Opml.read("<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8)))
			.withMessage("line 1: this is not an OPML file (it starts with <rss>, not <opml>)");
		assertThatExceptionOfType(Opml.OpmlException.class)
			.isThrownBy(() -> Opml.read("<opml>\n<body><outline</body>".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("line 2: not well-formed XML");
		assertThatExceptionOfType(Opml.OpmlException.class)
			.isThrownBy(() -> Opml.read("""
					<?xml version="1.0"?>
					<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
					<opml><body><outline xmlUrl="&x;"/></body></opml>
					""".getBytes(StandardCharsets.UTF_8)));
	}

}
