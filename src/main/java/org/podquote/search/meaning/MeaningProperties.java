package org.podquote.search.meaning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search by meaning ({@code podquote.meaning.*}).
 *
 * @param enabled whether quotes are embedded and the search offers the meaning and both modes;
 * off, the search is by words alone and nothing is embedded
 * @param backfill whether the web app embeds, in the background, the quotes that have no meaning
 * yet (those imported since, and a library imported before this feature)
 * @param threads how many threads embed: the background embedder keeps one core for the pages
 * @param batch how many quotes are embedded and written in one transaction
 */
@ConfigurationProperties("podquote.meaning")
public record MeaningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean backfill,
		@DefaultValue("1") int threads, @DefaultValue("64") int batch) {
}
