package org.podquote.episode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.podquote.appearance.QuoteView;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/** An episode's transcript written in the formats Podquote also reads. */
enum TranscriptExport {

	TXT("txt", "text/plain;charset=UTF-8"), MD("md", "text/markdown;charset=UTF-8"),
	SRT("srt", "application/x-subrip;charset=UTF-8"), VTT("vtt", "text/vtt;charset=UTF-8"),
	JSON("json", "application/json");

	/** Reading speed used to give untimed cues an end, so players do not flash them. */
	private static final int CHARS_PER_SECOND = 15;

	final String extension;

	final MediaType mediaType;

	TranscriptExport(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	static TranscriptExport of(String extension) {
		for (TranscriptExport export : values()) {
			if (export.extension.equals(extension.toLowerCase(Locale.ROOT))) {
				return export;
			}
		}
		return null;
	}

	String write(List<QuoteView> quotes, JsonMapper json) {
		return switch (this) {
			case TXT -> text(quotes, false);
			case MD -> text(quotes, true);
			case SRT -> cues(quotes, false);
			case VTT -> cues(quotes, true);
			case JSON -> json(quotes, json);
		};
	}

	private static String text(List<QuoteView> quotes, boolean markdown) {
		StringBuilder out = new StringBuilder();
		for (QuoteView q : quotes) {
			if (q.label() != null) {
				String label = q.time() == null ? q.label() : q.label() + " (" + clock(q.startMs()) + ")";
				out.append(markdown ? "**" + label + ":** " : label + ": ");
			}
			out.append(markdown ? q.text().replace("*", "\\*") : q.text()).append("\n\n");
		}
		return out.toString();
	}

	private static String cues(List<QuoteView> quotes, boolean vtt) {
		StringBuilder out = new StringBuilder(vtt ? "WEBVTT\n\n" : "");
		for (int i = 0; i < quotes.size(); i++) {
			QuoteView q = quotes.get(i);
			long start = q.startMs() == null ? 0 : q.startMs();
			long end = endOf(quotes, i, start);
			if (!vtt) {
				out.append(i + 1).append('\n');
			}
			out.append(cueTime(start, vtt)).append(" --> ").append(cueTime(end, vtt)).append('\n');
			if (vtt) {
				String text = q.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
				out.append(q.label() == null ? text : "<v " + q.label() + ">" + text);
			}
			else {
				out.append(q.label() == null ? q.text() : q.label() + ": " + q.text());
			}
			out.append("\n\n");
		}
		return out.toString();
	}

	private static long endOf(List<QuoteView> quotes, int i, long start) {
		QuoteView q = quotes.get(i);
		if (q.endMs() != null) {
			return q.endMs();
		}
		if (q.startMs() == null) {
			return start;
		}
		if (i + 1 < quotes.size() && quotes.get(i + 1).startMs() != null) {
			return quotes.get(i + 1).startMs();
		}
		return start + 1000L * Math.max(1, q.text().length() / CHARS_PER_SECOND);
	}

	private static String json(List<QuoteView> quotes, JsonMapper json) {
		List<Map<String, Object>> segments = new ArrayList<>();
		for (QuoteView q : quotes) {
			Map<String, Object> segment = new LinkedHashMap<>();
			if (q.label() != null) {
				segment.put("speaker", q.label());
			}
			if (q.startMs() != null) {
				segment.put("startTime", q.startMs() / 1000.0);
			}
			if (q.endMs() != null) {
				segment.put("endTime", q.endMs() / 1000.0);
			}
			segment.put("body", q.text());
			if (q.heading()) {
				segment.put("podquote:heading", true);
			}
			segments.add(segment);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", "1.0.0");
		root.put("podquote:passages", true);
		root.put("segments", segments);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static String clock(long ms) {
		return Episodes.clock(Duration.ofMillis(ms));
	}

	private static String cueTime(long ms, boolean vtt) {
		return String.format(Locale.ROOT, "%02d:%02d:%02d%s%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
				vtt ? "." : ",", ms % 1000);
	}

}
