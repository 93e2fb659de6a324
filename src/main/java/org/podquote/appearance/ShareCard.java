package org.podquote.appearance;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The picture a shared link of a quote previews ({@code og:image}): the quote, who said it, the show
 * and the date, drawn by the app in the fonts it ships (DejaVu Serif and Sans Bold, under
 * {@code fonts/}, so that the card looks the same on any machine). A quote too long for the card
 * is cut at a word, never inside one, with an ellipsis; the text shrinks before it is cut.
 */
public final class ShareCard {

	/** The size Open Graph and Twitter cards ask for. */
	public static final int WIDTH = 1200;

	public static final int HEIGHT = 630;

	static final int MARGIN = 72;

	static final int MAX_SIZE = 50;

	static final int MIN_SIZE = 32;

	/** The height the quote may take (above who said it) before it shrinks, and at its smallest size before it is cut. */
	static final int MAX_QUOTE_HEIGHT = 280;

	private static final Color BACKGROUND = new Color(0xf7, 0xf7, 0xfb);

	private static final Color TEXT = new Color(0x1c, 0x1d, 0x26);

	private static final Color MUTED = new Color(0x5b, 0x5e, 0x70);

	private static final Color ACCENT = new Color(0x43, 0x38, 0xca);

	private static final Font SERIF = load("fonts/DejaVuSerif.ttf");

	private static final Font SANS_BOLD = load("fonts/DejaVuSans-Bold.ttf");

	private ShareCard() {
	}

	/** The lines a quote is drawn in, at the size it fits: what a test can check without reading pixels. */
	record Layout(float size, List<String> lines, boolean cut) {
	}

	/**
	 * @param speaker who said it, or the words for an unknown voice
	 * @param source the show and the date ({@code LessWrong · 25 February 2026})
	 */
	public static byte[] png(String quote, String speaker, String episode, String source, String brand) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.fillRect(0, 0, 16, HEIGHT);

			// the opening quotation mark, large, above the text
			g.setFont(SERIF.deriveFont(150f));
			g.drawString("\u201c", MARGIN - 8, MARGIN + 88);

			Layout layout = layout(g, quote, WIDTH - 2 * MARGIN);
			g.setColor(TEXT);
			g.setFont(SERIF.deriveFont(layout.size()));
			FontMetrics quoteMetrics = g.getFontMetrics();
			int y = MARGIN + 110;
			for (String line : layout.lines()) {
				g.drawString(line, MARGIN, y);
				y += lineHeight(quoteMetrics);
			}

			int bottom = HEIGHT - MARGIN;
			g.setFont(SANS_BOLD.deriveFont(24f));
			g.setColor(ACCENT);
			FontMetrics brandMetrics = g.getFontMetrics();
			g.drawString(brand, WIDTH - MARGIN - brandMetrics.stringWidth(brand), bottom);
			int textWidth = WIDTH - 2 * MARGIN - brandMetrics.stringWidth(brand) - 32;

			g.setColor(MUTED);
			g.setFont(SERIF.deriveFont(26f));
			g.drawString(fit(g.getFontMetrics(), source, textWidth), MARGIN, bottom);
			g.drawString(fit(g.getFontMetrics(), episode, textWidth), MARGIN, bottom - 38);
			g.setColor(TEXT);
			g.setFont(SANS_BOLD.deriveFont(32f));
			g.drawString(fit(g.getFontMetrics(), speaker, textWidth), MARGIN, bottom - 84);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The largest size from {@link #MAX_SIZE} down at which the quote fits; at the smallest, cut at a word. */
	static Layout layout(Graphics2D g, String quote, int width) {
		String text = quote.strip().replaceAll("\\s+", " ");
		for (float size = MAX_SIZE; size >= MIN_SIZE; size -= 2) {
			FontMetrics metrics = g.getFontMetrics(SERIF.deriveFont(size));
			List<String> lines = wrap(metrics, text, width);
			if (lines.size() * lineHeight(metrics) <= MAX_QUOTE_HEIGHT) {
				return new Layout(size, lines, false);
			}
		}
		FontMetrics metrics = g.getFontMetrics(SERIF.deriveFont((float) MIN_SIZE));
		int fits = Math.max(1, MAX_QUOTE_HEIGHT / lineHeight(metrics));
		List<String> lines = new ArrayList<>(wrap(metrics, text, width).subList(0, fits));
		String last = lines.get(fits - 1);
		// drop words from the end until the ellipsis fits; a line of one long word is cut at a letter
		while (metrics.stringWidth(last + "\u2026") > width || last.endsWith(",") || last.endsWith(";")) {
			int space = last.lastIndexOf(' ');
			last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
		}
		lines.set(fits - 1, last.replaceAll("[\\s,;:\u2014-]+$", "") + "\u2026");
		return new Layout(MIN_SIZE, List.copyOf(lines), true);
	}

	/** Lines no wider than width, broken at spaces; a word wider than a line is broken where it must be. */
	static List<String> wrap(FontMetrics metrics, String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (metrics.stringWidth(rest) > width) {
				int cut = rest.length() - 1;
				while (cut > 1 && metrics.stringWidth(rest.substring(0, cut)) > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The text, or as much of it as fits with an ellipsis. */
	private static String fit(FontMetrics metrics, String text, int width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && metrics.stringWidth(cut + "\u2026") > width) {
			int space = cut.lastIndexOf(' ');
			cut = space > 0 && metrics.stringWidth(cut.substring(0, space) + "\u2026") <= width ? cut.substring(0, space)
					: cut.substring(0, cut.length() - 1);
		}
		return cut.strip() + "\u2026";
	}

	private static int lineHeight(FontMetrics metrics) {
		return Math.round(metrics.getHeight() * 1.05f);
	}

	private static Font load(String resource) {
		try (InputStream in = ShareCard.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the application");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException(resource + " cannot be read: " + ex.getMessage(), ex);
		}
	}

}
