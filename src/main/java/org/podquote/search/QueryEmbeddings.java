package org.podquote.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.podquote.search.meaning.Embedder;
import org.springframework.stereotype.Component;

/**
 * The embeddings of recent queries, the {@value #SIZE} last used: the model is fixed, so a query's
 * vector never changes, and a reader who pages, narrows by a facet, sorts or downloads asks for the
 * same words again. Embedding is the dearest step of a search by meaning on a small result (one
 * run of the model, several milliseconds of CPU), looking it up here costs nothing.
 */
@Component
class QueryEmbeddings {

	static final int SIZE = 1024;

	private final Embedder embedder;

	private final Map<String, byte[]> recent = new LinkedHashMap<>(SIZE * 4 / 3 + 1, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > SIZE;
		}
	};

	QueryEmbeddings(Embedder embedder) {
		this.embedder = embedder;
	}

	/** The vector of these words; callers must not change it. */
	byte[] of(String text) {
		synchronized (recent) {
			byte[] known = recent.get(text);
			if (known != null) {
				return known;
			}
		}
		// embedded outside the lock: two first searches for the same words both embed, which is harmless
		byte[] vector = embedder.embed(text);
		synchronized (recent) {
			recent.put(text, vector);
		}
		return vector;
	}

}
