package org.podquote.appearance;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The share card: a 1200×630 PNG with ink where the text goes, and long quotes cut at a word. */
class ShareCardTest {

	@Test
	void drawsA1200By630PngWithTextOnIt() throws Exception {
		byte[] png = ShareCard.png("The engine weaves algebraic patterns.", "Ada Lovelace", "Notes on the engine",
				"The Loom \u00b7 5 February 2026", "Podquote");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		// dark pixels of text in the quote's band and in the speaker's line; the background elsewhere
		assertThat(dark(image, 72, 150, 1128, 260)).isGreaterThan(500);
		assertThat(dark(image, 72, 440, 700, 480)).isGreaterThan(200);
		assertThat(dark(image, 300, 300, 1100, 420)).isZero();
		assertThat(image.getRGB(600, 5) & 0xffffff).isEqualTo(0xf7f7fb);
	}

	@Test
	void aShortQuoteIsLargeAndWhole() {
		ShareCard.Layout layout = ShareCard.layout(graphics(), "Yes.", 1056);
		assertThat(layout.size()).isEqualTo(ShareCard.MAX_SIZE);
		assertThat(layout.lines()).containsExactly("Yes.");
		assertThat(layout.cut()).isFalse();
	}

	@Test
	void aLongQuoteShrinksThenIsCutAtAWordWithAnEllipsis() {
		String words = "The Analytical Engine weaves algebraical patterns just as the Jacquard loom weaves flowers and leaves. ";
		String quote = words.repeat(12);
		ShareCard.Layout layout = ShareCard.layout(graphics(), quote, 1056);
		assertThat(layout.cut()).isTrue();
		assertThat(layout.size()).isEqualTo(ShareCard.MIN_SIZE);
		String last = layout.lines().get(layout.lines().size() - 1);
		assertThat(last).endsWith("\u2026");
		String shown = String.join(" ", layout.lines());
		String before = shown.substring(0, shown.length() - 1);
		// every word shown is a whole word of the quote, in order
		assertThat(quote).startsWith(before);
		assertThat(quote.charAt(before.length())).isEqualTo(' ');

		ShareCard.Layout medium = ShareCard.layout(graphics(), words.repeat(3), 1056);
		assertThat(medium.cut()).isFalse();
		assertThat(medium.size()).isLessThan(ShareCard.MAX_SIZE);
		assertThat(String.join(" ", medium.lines())).isEqualTo(words.repeat(3).strip());
	}

	@Test
	void aWordWiderThanTheCardIsBrokenNotLost() {
		String url = "https://example.com/" + "a".repeat(200);
		List<String> lines = ShareCard.layout(graphics(), url, 1056).lines();
		assertThat(String.join("", lines)).isEqualTo(url);
		assertThat(lines).hasSizeGreaterThan(1);
	}

	private static Graphics2D graphics() {
		return new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
	}

	private static int dark(BufferedImage image, int x0, int y0, int x1, int y1) {
		int count = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				int rgb = image.getRGB(x, y);
				int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
				if (luminance < 120) {
					count++;
				}
			}
		}
		return count;
	}

}
