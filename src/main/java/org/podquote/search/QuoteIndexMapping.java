package org.podquote.search;

import java.util.List;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.podquote.appearance.Appearance;
import org.podquote.episode.Episode;
import org.podquote.podcast.Podcast;
import org.podquote.search.meaning.Embedder;
import org.podquote.speaker.Speaker;

/**
 * Maps quotes into the index without search annotations on the entities, so that every
 * search-engine type stays in this package.
 */
public class QuoteIndexMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "quote";

	/** The words, stemmed; the one field that stores the text, for the engine to highlight. */
	static final String TEXT = "text";

	/**
	 * The words lower-cased and folded, not stemmed: a word as typed, a prefix's words, and a word's
	 * plural or singular ({@link OwnForms}, which once had a field of its own, {@code text_plural}).
	 */
	static final String TEXT_EXACT = "text_exact";

	/**
	 * The exact words with the pairs of common words ({@link QuoteAnalysis#GRAMS}), where phrases are
	 * matched; neither stored nor highlighted: the app marks a phrase's words itself ({@link AcrossCuts#markPhrases}).
	 */
	static final String TEXT_GRAMS = "text_grams";

	/** The {@link QuoteAnalysis#VERSION} that built the document. */
	static final String ANALYSIS = "analysis";

	/** The speaker's slug: what a search filters by. */
	static final String SPEAKER = "speaker.slug";

	static final String PODCAST = "episode.podcast.slug";

	/**
	 * The speaker's id, what the facets count by: a terms aggregation on a number counts the values
	 * of the hits, while one on a keyword first builds a map of every segment's terms for each search
	 * and field (Lucene's global ordinals), whatever the number of hits. {@link FacetLabels} turns the
	 * ids into slugs and names.
	 */
	static final String SPEAKER_ID = "speaker.id";

	static final String PODCAST_ID = "episode.podcast.id";

	static final String EPISODE = "episode.id";

	static final String PUBLISHED = "episode.publishedOn";

	static final String POSITION = "position";

	/**
	 * One quote in {@link #SAMPLE_RATE} carries {@link #SAMPLED} here, chosen by a hash of its id (so
	 * evenly across shows, speakers and years): the facets of a search with very many hits are counted
	 * on these and scaled, which visits a sixteenth of the hits (see {@link HibernateQuoteSearch}).
	 */
	static final String SAMPLE = "sample";

	static final String SAMPLED = "1";

	static final int SAMPLE_RATE = 16;

	/** What the quote means: its sentence embedding, for search by meaning (see {@link HybridSearch}). */
	static final String MEANING = "meaning";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		TypeMappingStep appearance = mapping.type(Appearance.class);
		appearance.indexed().index(INDEX);
		appearance.property("text")
			.fullTextField(TEXT)
			.analyzer(QuoteAnalysis.ENGLISH)
			.highlightable(List.of(Highlightable.PLAIN))
			// not highlightable, so not stored: the text is stored once, in TEXT; what matches here
			// (a prefix's words) is marked by the app in the quote's text (HibernateQuoteSearch)
			.fullTextField(TEXT_EXACT)
			.analyzer(QuoteAnalysis.EXACT)
			.fullTextField(TEXT_GRAMS)
			.analyzer(QuoteAnalysis.GRAMS)
			.searchAnalyzer(QuoteAnalysis.GRAMS_QUERY);
		appearance.property("lead")
			.fullTextField(AcrossCuts.LEAD)
			.analyzer(QuoteAnalysis.GRAMS)
			.searchAnalyzer(QuoteAnalysis.GRAMS_QUERY);
		appearance.binder(new AcrossCuts.Binder());
		appearance.binder(new AnalysisBinder());
		appearance.binder(new SampleBinder());
		appearance.property("position").genericField(POSITION).sortable(Sortable.YES);
		// HNSW graph of byte vectors compared by cosine; a quote not embedded yet has none.
		appearance.property("meaning").vectorField(Embedder.DIMENSIONS).vectorSimilarity(VectorSimilarity.COSINE);
		// Episodes and speakers rarely change after import; the importer reindexes when they do.
		appearance.property("episode")
			.indexedEmbedded()
			.includePaths("id", "publishedOn", "podcast.slug", "podcast.id")
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		appearance.property("speaker")
			.indexedEmbedded()
			.includePaths("slug", "id")
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.SHALLOW);

		TypeMappingStep episode = mapping.type(Episode.class);
		episode.property("id").genericField().aggregable(Aggregable.YES).sortable(Sortable.YES);
		episode.property("publishedOn").genericField().sortable(Sortable.YES).aggregable(Aggregable.YES);
		episode.property("podcast")
			.indexedEmbedded()
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.SHALLOW);

		// the slugs are matched, not counted: no doc values (the ids are counted, see SPEAKER_ID)
		TypeMappingStep podcast = mapping.type(Podcast.class);
		podcast.property("slug").keywordField();
		podcast.property("id").genericField().aggregable(Aggregable.YES);
		TypeMappingStep speaker = mapping.type(Speaker.class);
		speaker.property("slug").keywordField();
		speaker.property("id").genericField().aggregable(Aggregable.YES);
	}

	/** Puts {@link #SAMPLED} on the quotes of the sample. */
	static final class SampleBinder implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().useRootOnly();
			IndexFieldReference<String> field = context.indexSchemaElement().field(SAMPLE, f -> f.asString()).toReference();
			context.bridge(Appearance.class, (document, appearance, write) -> {
				if (appearance.getId() != null && sampled(appearance.getId())) {
					document.addValue(field, SAMPLED);
				}
			});
		}

	}

	/** Whether a quote is in the sample: ids are consecutive, so they are mixed first (Stafford's mix 13). */
	static boolean sampled(long id) {
		long z = id;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		z = z ^ (z >>> 31);
		return Long.remainderUnsigned(z, SAMPLE_RATE) == 0;
	}

	/** Stamps every document with the analysis that built it, so that the start-up check can tell an old index. */
	static final class AnalysisBinder implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().useRootOnly();
			IndexFieldReference<String> field = context.indexSchemaElement().field(ANALYSIS, f -> f.asString()).toReference();
			context.bridge(Appearance.class, (document, appearance, write) -> document.addValue(field, QuoteAnalysis.VERSION));
		}

	}

}
