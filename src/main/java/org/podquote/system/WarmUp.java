package org.podquote.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Once the app is ready, asks it over HTTP for one page of each kind, one after another on a thread of
 * its own, so that the first visitor does not pay for what the first request of each kind loads:
 * thousands of classes, Thymeleaf's parsed templates and compiled expressions, Hibernate's query
 * plans, the index's readers, the message bundles. Readiness is not held back; a visitor who comes
 * during the warm-up shares the CPU with it for a second or two. Off with {@code podquote.warm-up=false}.
 * <p>
 * The pages are found as a visitor finds them, by the links of the lists, so that this knows no
 * feature's URLs beyond the navigation's: home, the podcasts and a show, an episode of it, a search
 * (page and API) for a word of that episode, the people and a person.
 */
public final class WarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(WarmUp.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String SEGMENT = "/[^\"/?#]+";

	private static final Pattern TURN_TEXT = Pattern.compile("class=\"turn-text\"[^>]*>([^<]+)<");

	private static final int TURNS_READ = 5;

	private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

	private static final String FALLBACK_WORD = "podcast";

	private final Environment environment;

	private final CountDownLatch done = new CountDownLatch(1);

	private final Map<String, Integer> statuses = new LinkedHashMap<>();

	WarmUp(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null
				|| web.getWebServer().getPort() <= 0 || event.getApplicationContext().getParent() != null) {
			done.countDown();
			return;
		}
		if (usesTls()) {
			// our own certificate would have to be trusted for 127.0.0.1; the first visitor warms it instead
			logger.debug("No warm-up over https");
			done.countDown();
			return;
		}
		String origin = "http://" + ownHost() + ":" + web.getWebServer().getPort();
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		Thread thread = new Thread(() -> run(origin, contextPath), "warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** The pages asked for and their statuses, once the warm-up is over (for tests). */
	Map<String, Integer> awaitStatuses(Duration timeout) throws InterruptedException {
		if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("The warm-up did not end within " + timeout);
		}
		synchronized (statuses) {
			return Map.copyOf(statuses);
		}
	}

	/** @param contextPath "" or "/app": links in the pages start with it */
	private void run(String origin, String contextPath) {
		long start = System.nanoTime();
		String root = origin + contextPath;
		String prefix = Pattern.quote(contextPath);
		Pattern podcastLink = link(prefix + "/podcasts" + SEGMENT);
		Pattern episodeLink = link(prefix + "/podcasts" + SEGMENT + "/episodes" + SEGMENT);
		Pattern speakerLink = link(prefix + "/speakers" + SEGMENT);
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			get(http, root + "/");
			String podcast = first(podcastLink, get(http, root + "/podcasts"));
			String episode = podcast == null ? null : first(episodeLink, get(http, origin + podcast));
			String word = URLEncoder.encode(longestWord(episode == null ? "" : get(http, origin + episode)),
					StandardCharsets.UTF_8);
			get(http, root + "/search?q=" + word);
			get(http, root + "/api/v1/search?q=" + word);
			// the last of the list: the fewest quotes, the cheapest page of its kind
			String speaker = last(speakerLink, get(http, root + "/speakers"));
			if (speaker != null) {
				get(http, origin + speaker);
			}
			logger.info("Warm-up: " + statuses.size() + " pages in "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.warn("Warm-up stopped: " + ex);
		}
		finally {
			done.countDown();
		}
	}

	private String get(HttpClient http, String url) throws InterruptedException {
		URI uri = URI.create(url);
		int status;
		String body;
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			body = response.body();
		}
		catch (IOException ex) {
			logger.debug("Warm-up: " + url + ": " + ex);
			status = -1;
			body = "";
		}
		synchronized (statuses) {
			statuses.put(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), status);
		}
		return body;
	}

	private static Pattern link(String path) {
		return Pattern.compile("href=\"(" + path + ")\"");
	}

	private boolean usesTls() {
		boolean configured = Stream.of("server.ssl.bundle", "server.ssl.key-store", "server.ssl.certificate")
			.anyMatch(name -> StringUtils.hasText(environment.getProperty(name)));
		return configured && environment.getProperty("server.ssl.enabled", Boolean.class, true);
	}

	private String ownHost() {
		String address = environment.getProperty("server.address");
		if (!StringUtils.hasText(address) || address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")) {
			return "127.0.0.1";
		}
		return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
	}

	private static String first(Pattern link, String html) {
		Matcher m = link.matcher(html);
		return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
	}

	private static String last(Pattern link, String html) {
		Matcher m = link.matcher(html);
		String last = null;
		while (m.find()) {
			last = HtmlUtils.htmlUnescape(m.group(1));
		}
		return last;
	}

	/** The longest word of the episode's first quotes: a search that surely finds something. */
	static String longestWord(String episodePage) {
		List<String> words = new ArrayList<>();
		Matcher turn = TURN_TEXT.matcher(episodePage);
		for (int i = 0; i < TURNS_READ && turn.find(); i++) {
			Matcher word = WORD.matcher(HtmlUtils.htmlUnescape(turn.group(1)));
			while (word.find()) {
				words.add(word.group());
			}
		}
		return words.stream().max(Comparator.comparingInt(String::length)).orElse(FALLBACK_WORD);
	}

}
