package org.podquote.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links for a paged list, keeping the request's other parameters. Pages are 1-based in URLs.
 *
 * @param current the page shown, from 1
 * @param totalPages at least 1
 */
public record Paging(int current, int totalPages, long totalItems, String previousUrl, String nextUrl,
		List<Link> links) {

	private static final int WINDOW = 2;

	public record Link(Integer number, String url, boolean current) {

		/** A gap ("…") between page numbers. */
		public boolean gap() {
			return number == null;
		}

	}

	/** The page number a request asked for, 1-based, as a 0-based index that is never negative. */
	public static int index(Integer page) {
		return page == null || page < 1 ? 0 : page - 1;
	}

	public static Paging of(int index, int pageSize, long totalItems) {
		return of(index, pageSize, totalItems, "page", null);
	}

	/**
	 * Paging of one of several lists on a page, each with its own page parameter.
	 *
	 * @param parameter the request parameter that holds this list's page number
	 * @param anchor the id of the list's section that its links point at, or null
	 */
	public static Paging of(int index, int pageSize, long totalItems, String parameter, String anchor) {
		int totalPages = (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
		int current = Math.min(index + 1, totalPages);
		List<Link> links = new ArrayList<>();
		for (int n = 1; n <= totalPages; n++) {
			boolean edge = n == 1 || n == totalPages;
			if (edge || Math.abs(n - current) <= WINDOW) {
				links.add(new Link(n, url(n, parameter, anchor), n == current));
			}
			else if (!links.isEmpty() && !links.get(links.size() - 1).gap()) {
				links.add(new Link(null, null, false));
			}
		}
		return new Paging(current, totalPages, totalItems, current > 1 ? url(current - 1, parameter, anchor) : null,
				current < totalPages ? url(current + 1, parameter, anchor) : null, links);
	}

	public boolean needed() {
		return totalPages > 1;
	}

	private static String url(int page, String parameter, String anchor) {
		var builder = ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(-1);
		if (page == 1) {
			builder.replaceQueryParam(parameter);
		}
		else {
			builder.replaceQueryParam(parameter, page);
		}
		return builder.fragment(anchor).build().toUriString();
	}

}
