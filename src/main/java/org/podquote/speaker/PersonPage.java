package org.podquote.speaker;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.podquote.episode.Episodes;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriUtils;

/**
 * What the person's page shows beside its lists, kept apart from the page's own queries: their
 * picture and page from a feed's {@code podcast:person}, their speaking time, the quotes of others
 * that mention them; and the 301 from a former slug (a merged or renamed person) to their page now,
 * for the pages, downloads, feeds and API of a person.
 */
@Configuration
class PersonPage implements WebMvcConfigurer {

	static final String VIEW = "speaker/page";

	/**
	 * @param imageUrl their picture (http or https), or null
	 * @param linkUrl a page about them (http or https), or null
	 * @param aliases the other names they go by
	 * @param speakingMs their speaking time over their timed passages
	 * @param timedEpisodes in how many of their episodes they have timed passages
	 * @param episodes how many episodes they have quotes in
	 */
	public record PersonView(String imageUrl, String linkUrl, List<String> aliases, long speakingMs, long timedEpisodes,
			long episodes, String identityUrl) {

		/** Whether some of their episodes have no timing, so the time covers only part of what they said. */
		public boolean partly() {
			return timedEpisodes < episodes;
		}

		public String speakingTime() {
			return Episodes.clock(Duration.ofMillis(speakingMs));
		}

		public boolean timed() {
			return speakingMs > 0;
		}

	}

	private final SpeakerRepository speakers;

	private final SpeakerRedirectRepository redirects;

	private final PersonTotals totals;

	private final Mentions mentions;

	private final TransactionTemplate transactions;

	PersonPage(SpeakerRepository speakers, SpeakerRedirectRepository redirects, PersonTotals totals, Mentions mentions,
			TransactionTemplate transactions) {
		this.speakers = speakers;
		this.redirects = redirects;
		this.totals = totals;
		this.mentions = mentions;
		this.transactions = transactions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Redirects()).addPathPatterns("/speakers/*", "/speakers/*/**", "/api/v1/speakers/*",
				"/api/v1/speakers/*/**", "/feeds/speakers/*", "/feeds/speakers/*/**");
		registry.addInterceptor(new Extras()).addPathPatterns("/speakers/*");
	}

	/** A former slug answers 301 with the same path and query under the slug the person has now. */
	private final class Redirects implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String[] parts = path.split("/", -1);
			int at = path.startsWith("/api/v1/") ? 4 : 2;
			if (parts.length <= at || parts[at].isEmpty()) {
				return true;
			}
			String slug = UriUtils.decode(parts[at], java.nio.charset.StandardCharsets.UTF_8);
			String target = redirects.findTarget(slug).orElse(null);
			if (target == null || speakers.existsBySlug(slug)) {
				return true;
			}
			parts[at] = UriUtils.encodePathSegment(target, java.nio.charset.StandardCharsets.UTF_8);
			String query = request.getQueryString();
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + String.join("/", parts)
					+ (query == null ? "" : "?" + query));
			return false;
		}

	}

	private final class Extras implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView mav) {
			if (mav == null || !VIEW.equals(mav.getViewName())) {
				return;
			}
			@SuppressWarnings("unchecked")
			Map<String, String> variables = (Map<String, String>) request
				.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			String slug = variables == null ? null : variables.get("slug");
			if (slug == null) {
				return;
			}
			transactions.executeWithoutResult(tx -> speakers.findBySlug(slug).ifPresent(speaker -> {
				SpeakingTimes.Total time = totals.of(speaker).time();
				mav.addObject("person", new PersonView(speaker.getImageUrl(), speaker.getLinkUrl(),
						speaker.getAliases().stream().sorted().toList(), time.ms(), time.timedEpisodes(), time.episodes(),
						Speakers.identityUrl(speaker.getSlug())));
				mav.addObject("mentions", mentions.of(speaker));
			}));
		}

	}

}
