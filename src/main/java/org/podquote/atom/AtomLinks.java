package org.podquote.atom;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

/**
 * Tells the layout which feed a page has, for its {@code <link rel="alternate">}: the speaker and
 * podcast pages and a search with a query. The pages' controllers need not know about feeds.
 */
class AtomLinks implements HandlerInterceptor {

	static final String URL = "feedUrl";

	static final String TITLE = "feedTitle";

	private static final String[] SEARCH_FILTERS = { "speaker", "podcast", "from", "to" };

	private final MessageSource messages;

	AtomLinks(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.hasView() || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String url = null;
		String title = null;
		if ("/speakers/{slug}".equals(pattern)) {
			url = Feeds.speakerUrl(variables.get("slug"));
			title = "feed.link.speaker";
		}
		else if ("/podcasts/{slug}".equals(pattern)) {
			url = Feeds.podcastUrl(variables.get("slug"));
			title = "feed.link.podcast";
		}
		else if ("/search".equals(pattern) && hasText(request.getParameter("q"))) {
			url = searchFeed(request);
			title = "feed.link.search";
		}
		if (url != null) {
			modelAndView.addObject(URL, request.getContextPath() + url);
			modelAndView.addObject(TITLE, messages.getMessage(title, null, RequestContextUtils.getLocale(request)));
		}
	}

	private static String searchFeed(HttpServletRequest request) {
		StringBuilder url = new StringBuilder(Feeds.SEARCH_PATH).append("?q=").append(encode(request.getParameter("q")));
		for (String filter : SEARCH_FILTERS) {
			String value = request.getParameter(filter);
			if (hasText(value)) {
				url.append('&').append(filter).append('=').append(encode(value));
			}
		}
		return url.toString();
	}

	/** Every character but the unreserved ones, so that a "+" in a query stays a plus. */
	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
