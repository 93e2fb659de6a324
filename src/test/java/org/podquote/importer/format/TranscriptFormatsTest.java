package org.podquote.importer.format;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TranscriptFormatsTest {

	private final TranscriptFormats formats = new TranscriptFormats();

	@ParameterizedTest
	@CsvSource({ "words.json, json", "voices.vtt, vtt", "labels.srt, srt", "episode.html, html",
			"turns.md, markdown", "turns.txt, text", "page.txt, speaker-page" })
	void detectsEachFormatFromItsContentAlone(String fixture, String format) throws Exception {
		assertThat(formats.detect("upload", Fixtures.text(fixture))).isEqualTo(format);
	}

	@Test
	void letsTheContentWinOverTheFileName() throws Exception {
		assertThat(formats.detect("captions.txt", Fixtures.text("voices.vtt"))).isEqualTo("vtt");
		assertThat(formats.detect("notes.txt", Fixtures.text("turns.md"))).isEqualTo("text");
		assertThat(formats.detect("notes.md", Fixtures.text("turns.txt"))).isEqualTo("markdown");
	}

	@Test
	void fallsBackToTheFileNameSoThatADamagedFileGetsItsParsersError() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> formats.parse("damaged.vtt", "00:00:01.000 --> 00:00:02.000\nHi\n".getBytes()))
			.satisfies((ex) -> assertThat(ex.describe()).startsWith("damaged.vtt:1: a WebVTT file must start with"));
	}

	@Test
	void listsTheKnownFormatsForAnUnknownFile() {
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> formats.parse("notes.docx", "just some words without any label".getBytes()))
			.withMessage("not a transcript in a known format; known formats: "
					+ "json, vtt, srt, html, markdown, text, speaker-page");
	}

	@Test
	void parsesFromBytesAndRefusesASpeakerPage() throws Exception {
		assertThat(formats.parse("labels.srt", Fixtures.bytes("labels.srt")).segments()).hasSize(5);
		assertThat(formats.parser("srt")).containsInstanceOf(SrtTranscriptParser.class);
		assertThat(formats.parser("speaker-page")).isEmpty();
		assertThatExceptionOfType(TranscriptParseException.class)
			.isThrownBy(() -> formats.parse("page.txt", Fixtures.bytes("page.txt")))
			.withMessageContaining("captured speaker page");
	}

	@Test
	void passesThePseudoSpeakersOnToMarkdownAndText() throws Exception {
		TranscriptFormats keepBreaks = new TranscriptFormats(java.util.Set.of());
		assertThat(keepBreaks.parse("t.md", "**Break:** Ads.\n\n**Ann:** Hi.\n".getBytes()).segments())
			.extracting(ParsedTranscript.Segment::speaker)
			.containsExactly("Break", "Ann");
		assertThat(formats.parse("t.md", "**Break:** Ads.\n\n**Ann:** Hi.\n".getBytes()).segments())
			.extracting(ParsedTranscript.Segment::speaker)
			.containsExactly("Ann");
	}

	@Test
	void decodesUtf8DroppingTheByteOrderMark() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "Zoë: Grüße".getBytes(StandardCharsets.UTF_8);
		assertThat(TranscriptFormats.decode("t.txt", concat(bom, text))).isEqualTo("Zoë: Grüße");
	}

	@Test
	void decodesUtf16WithAByteOrderMark() throws Exception {
		byte[] bytes = "\uFEFFZoë: hi".getBytes(StandardCharsets.UTF_16LE);
		assertThat(TranscriptFormats.decode("t.txt", bytes)).isEqualTo("Zoë: hi");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(decodeError(new byte[0]).describe()).isEqualTo("f.txt: the file is empty");
		assertThat(decodeError(" \n\t\n".getBytes()).getMessage()).isEqualTo("the file is empty");
		assertThat(decodeError(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }).getMessage())
			.isEqualTo("the file is empty");
	}

	@Test
	void refusesBinaryGarbage() {
		byte[] random = new byte[4_096];
		new Random(42).nextBytes(random);
		assertThat(decodeError(random).getMessage()).isEqualTo("binary data, not a transcript");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(decodeError(png).getMessage()).isEqualTo("binary data, not a transcript");
	}

	@Test
	void refusesLatin1NamingByteAndLine() {
		byte[] latin1 = "Ann: hello\nZoë: café\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(decodeError(latin1).describe()).isEqualTo("f.txt:2: not UTF-8 text (byte 14); save it as UTF-8");
	}

	@Test
	void refusesUtf16WithoutAByteOrderMark() {
		byte[] utf16 = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n".getBytes(StandardCharsets.UTF_16LE);
		assertThat(decodeError(utf16).getMessage())
			.isEqualTo("not UTF-8 text (byte 2): it looks like UTF-16 without a byte-order mark; save it as UTF-8");
	}

	@Test
	void refusesALineLongerThanOneMegabyte() {
		byte[] tenMegabytes = new byte[10 * 1024 * 1024];
		Arrays.fill(tenMegabytes, (byte) 'a');
		assertThat(decodeError(tenMegabytes).describe()).isEqualTo("f.txt:1: line 1 is longer than 1 MB");

		byte[] third = ("Ann: hi\r\nBen: ho\r\n" + "b".repeat(1_048_577)).getBytes(StandardCharsets.UTF_8);
		assertThat(decodeError(third).describe()).isEqualTo("f.txt:3: line 3 is longer than 1 MB");
	}

	@Test
	void throwsNothingButParseExceptionsForDamagedFiles() {
		Random random = new Random(7);
		String[] fixtures = { "words.json", "voices.vtt", "labels.srt", "episode.html", "turns.md", "turns.txt",
				"page.txt" };
		for (int round = 0; round < 300; round++) {
			String fixture = fixtures[round % fixtures.length];
			byte[] bytes = Fixtures.bytes(fixture);
			byte[] damaged = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
			for (int i = 0; i < 3 && damaged.length > 0; i++) {
				damaged[random.nextInt(damaged.length)] = (byte) (32 + random.nextInt(95));
			}
			try {
				formats.parse(fixture, damaged);
			}
			catch (TranscriptParseException ex) {
				assertThat(ex.describe()).startsWith(fixture);
			}
			catch (RuntimeException ex) {
				fail("round " + round + " of " + fixture + " threw " + ex, ex);
			}
		}
	}

	@Test
	void readsAMegabyteOfPathologicalMarkupInLinearTime() {
		// regular expressions that rescan the rest of the line per match took minutes here
		for (String unit : new String[] { "**a ", "_a ", "[", "[a](", "<a", "&amp", "`", "<!--", "<v Ann", "a." }) {
			byte[] bytes = ("**Ann:** " + unit.repeat(1_000_000 / unit.length())).getBytes(StandardCharsets.UTF_8);
			assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
				try {
					new PassageMerger().merge(formats.parse("long.md", bytes).segments());
				}
				catch (TranscriptParseException ex) {
					assertThat(ex.describe()).startsWith("long.md");
				}
			}, unit);
		}
	}

	private static TranscriptParseException decodeError(byte[] bytes) {
		try {
			TranscriptFormats.decode("f.txt", bytes);
		}
		catch (TranscriptParseException ex) {
			return ex;
		}
		throw new AssertionError("decoded without an error");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
