package org.podquote.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * One page of a list. Pages are numbered from 1; a page past the last is empty, with the totals.
 *
 * @param items the rows of this page
 */
@Schema(description = "One page of a list, with the totals")
record ApiPage<T>(List<T> items, @Schema(description = "page number, from 1") int page,
		@Schema(description = "rows per page") int size, @Schema(description = "rows in all pages") long total,
		@Schema(description = "number of pages, at least 1") int totalPages) {

	static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> map) {
		return new ApiPage<>(page.getContent().stream().map(map).toList(), page.getNumber() + 1, page.getSize(),
				page.getTotalElements(), totalPages(page.getTotalElements(), page.getSize()));
	}

	/** A page of a list that is already in memory (a show's episodes, the shows: never many). */
	static <S, T> ApiPage<T> of(List<S> all, PageParams params, Function<S, T> map) {
		int from = (int) Math.min(all.size(), params.offset());
		int to = Math.min(all.size(), from + params.size());
		return new ApiPage<>(all.subList(from, to).stream().map(map).toList(), params.page(), params.size(), all.size(),
				totalPages(all.size(), params.size()));
	}

	/** A page past the last of a list of {@code total} rows: empty, with the totals. */
	static <T> ApiPage<T> of(List<T> none, long total, PageParams params) {
		return new ApiPage<>(none, params.page(), params.size(), total, totalPages(total, params.size()));
	}

	static int totalPages(long total, int size) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
