package org.podquote.search;

import org.junit.jupiter.api.Test;
import org.podquote.search.meaning.Embedder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class QueryEmbeddingsTest {

	@Test
	void embedsEachQueryOnceWhileItIsRecent() {
		Embedder embedder = mock(Embedder.class);
		when(embedder.embed("bad role models")).thenReturn(new byte[] { 1, 2, 3 });
		when(embedder.embed("hal")).thenReturn(new byte[] { 4 });
		QueryEmbeddings embeddings = new QueryEmbeddings(embedder);

		assertThat(embeddings.of("bad role models")).containsExactly(1, 2, 3);
		assertThat(embeddings.of("hal")).containsExactly(4);
		assertThat(embeddings.of("bad role models")).containsExactly(1, 2, 3);

		verify(embedder, times(1)).embed("bad role models");
		verify(embedder, times(1)).embed("hal");
	}

	@Test
	void forgetsTheLeastRecentlyUsedBeyondItsSize() {
		Embedder embedder = mock(Embedder.class);
		when(embedder.embed(org.mockito.ArgumentMatchers.anyString())).thenReturn(new byte[] { 7 });
		QueryEmbeddings embeddings = new QueryEmbeddings(embedder);

		embeddings.of("first");
		for (int i = 0; i < QueryEmbeddings.SIZE; i++) {
			embeddings.of("query " + i);
			// "first" is used again now and then, so it stays while older ones go
			if (i % 100 == 0) {
				embeddings.of("first");
			}
		}
		embeddings.of("query 0");
		embeddings.of("first");

		verify(embedder, times(1)).embed("first");
		verify(embedder, times(2)).embed("query 0");
	}

}
