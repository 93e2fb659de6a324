package org.podquote.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.importer.format.ParsedTranscript;
import org.podquote.importer.format.TranscriptFormats;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether two files of one name are one episode's words or two episodes'. */
class TextOverlapTest {

	private final TranscriptFormats formats = new TranscriptFormats();

	@Test
	void oneEpisodeCutIntoDifferentCuesIsTheSame() throws Exception {
		assertThat(TextOverlap.sameWords(read("show.json", EpisodeIdentityTest.JSON),
				read("show.srt", EpisodeIdentityTest.SRT))).isTrue();
		assertThat(TextOverlap.sameWords(read("show.srt", EpisodeIdentityTest.SRT),
				read("show.html", EpisodeIdentityTest.HTML))).isTrue();
	}

	@Test
	void twoConversationsOfOneShowSharingItsPhrasesAreNot() throws Exception {
		String first = """
				**Host:** Welcome to the show, I'm your host. You know, I think a lot of people want to know.
				**Guest:** Thanks for having me. I don't know, it's one of the things that I think about a lot.
				**Host:** So tell us about the compiler you wrote last year.
				""";
		String second = """
				**Host:** Welcome to the show, I'm your host. Today we talk about gardening.
				**Guest:** Thanks for having me. Tomatoes need sun, and a lot of water in the summer.
				**Host:** You know, I think a lot of people grow them on balconies now.
				""";
		assertThat(TextOverlap.sameWords(read("a.md", first), read("b.md", second))).isFalse();
	}

	@Test
	void onRealFilesTheSameEpisodeInTwoFormatsIsTheSameAndTwoEpisodesAreNot() throws Exception {
		Path examples = SharedData.folder("podcast-namespace").resolve("docs/examples/transcripts");
		Path gotime = SharedData.folder("changelog-transcripts").resolve("gotime");

		assertThat(TextOverlap.sameWords(read(examples.resolve("example.srt")), read(examples.resolve("example.html"))))
			.isTrue();
		assertThat(TextOverlap.sameWords(read(examples.resolve("example.json")), read(examples.resolve("example.vtt"))))
			.isFalse();
		assertThat(TextOverlap.sameWords(read(examples.resolve("example.vtt")), read(examples.resolve("example.srt"))))
			.isFalse();
		assertThat(TextOverlap.sameWords(read(gotime.resolve("go-time-100.md")), read(gotime.resolve("go-time-101.md"))))
			.isFalse();
	}

	private List<ParsedTranscript.Segment> read(Path file) throws Exception {
		return read(file.getFileName().toString(), Files.readString(file));
	}

	private List<ParsedTranscript.Segment> read(String name, String content) throws Exception {
		return formats.parse(name, content.getBytes()).segments();
	}

}
