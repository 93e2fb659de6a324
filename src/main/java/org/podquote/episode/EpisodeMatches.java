package org.podquote.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podquote.search.QueryNote;
import org.podquote.search.QuoteHit;
import org.podquote.search.SearchPage;

/**
 * The quotes of one episode that match a search, in spoken order, with the highlighted text of
 * each and the anchors of the previous and next match.
 */
public record EpisodeMatches(List<Long> ids, Map<Long, String> highlighted, List<QueryNote> notes) {

	static final EpisodeMatches NONE = new EpisodeMatches(List.of(), Map.of(), List.of());

	static EpisodeMatches of(SearchPage<QuoteHit> page) {
		List<Long> ids = new ArrayList<>();
		Map<Long, String> highlighted = new HashMap<>();
		for (QuoteHit hit : page.hits()) {
			ids.add(hit.quote().id());
			highlighted.put(hit.quote().id(), hit.snippetHtml());
		}
		return new EpisodeMatches(List.copyOf(ids), Map.copyOf(highlighted), page.notes());
	}

	public int count() {
		return ids.size();
	}

	public boolean matches(long id) {
		return highlighted.containsKey(id);
	}

	public String html(long id) {
		return highlighted.get(id);
	}

	/** 1-based number of the match, for "2 of 5". */
	public int number(long id) {
		return ids.indexOf(id) + 1;
	}

	public String previousAnchor(long id) {
		int i = ids.indexOf(id);
		return i > 0 ? "#" + Episodes.anchor(ids.get(i - 1)) : null;
	}

	public String nextAnchor(long id) {
		int i = ids.indexOf(id);
		return i >= 0 && i < ids.size() - 1 ? "#" + Episodes.anchor(ids.get(i + 1)) : null;
	}

	public String firstAnchor() {
		return ids.isEmpty() ? null : "#" + Episodes.anchor(ids.get(0));
	}

}
