package org.podquote.appearance;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.podquote.system.Csv;

/** The columns of every quote download: speaker, search and so on. */
public final class QuoteCsv {

	public static final List<String> HEADER = List.of("id", "published", "podcast", "episode", "speaker", "position",
			"start_seconds", "text", "url");

	private QuoteCsv() {
	}

	public static void header(Writer out) throws IOException {
		Csv.row(out, HEADER);
	}

	public static void row(Writer out, QuoteView q, String baseUrl) throws IOException {
		Csv.row(out, Arrays.asList(q.id(), q.publishedOn(), q.podcastTitle(), q.episodeTitle(), q.label(),
				q.position(), q.startSeconds(), q.text(), baseUrl + q.url()));
	}

}
