package org.podquote.system;

import org.podquote.testing.MutableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in to the admin pages as a browser does, with a clock the test moves: throttling, the
 * CSRF token, where redirects go; and, on a real port, redirects and the session cookie as they leave
 * Tomcat. The public address is configured here, so every absolute link names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "podquote.admin.username=admin", "podquote.admin.password=" + SignInTest.PASSWORD,
				"podquote.base-url=https://quotes.example", "podquote.test.context=sign-in" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInTest {

	static final String PASSWORD = "correct horse battery";

	static final String WRONG = "tr0ub4dor";

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	@TestBean
	Clock clock;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	static Clock clock() {
		return CLOCK;
	}

	@AfterEach
	void forgetEveryFailure() {
		CLOCK.advance(Duration.ofDays(1));
	}

	@Test
	void fromTheSixthWrongPasswordTheNextAttemptMustWait() throws Exception {
		for (int i = 1; i <= 5; i++) {
			assertThat(signIn("admin", WRONG, "203.0.113.1")).as("failure %d", i).isEqualTo("/login?error");
		}
		assertThat(signIn("admin", WRONG, "203.0.113.1")).isEqualTo("/login?retry=1");
		assertThat(signIn("admin", PASSWORD, "203.0.113.1")).as("refused unchecked").isEqualTo("/login?retry=1");
		assertThat(message("/login?retry=1")).isEqualTo("Too many failed sign-ins; try again in 1 second.");

		CLOCK.advance(Duration.ofSeconds(1));
		assertThat(signIn("admin", PASSWORD, "203.0.113.1")).isEqualTo("/admin/import");
		assertThat(signIn("admin", WRONG, "203.0.113.1")).as("the sign-in forgot the failures").isEqualTo("/login?error");
		assertThat(message("/login?error")).isEqualTo("That name and password do not match the admin account.");
	}

	@Test
	void twentyWrongPasswordsLockTheAccountForFifteenMinutesFromEveryAddress(CapturedOutput output) throws Exception {
		String last = null;
		for (int i = 1; i <= 20; i++) {
			CLOCK.advance(Duration.ofMinutes(1));
			last = signIn("admin", WRONG, "198.51.100." + i);
		}
		assertThat(last).isEqualTo("/login?retry=900");
		assertThat(message(last)).isEqualTo("Too many failed sign-ins; try again in 15 minutes.");

		CLOCK.advance(Duration.ofSeconds(30));
		String right = signIn("admin", PASSWORD, "192.0.2.1");
		assertThat(right).isEqualTo("/login?retry=870");
		assertThat(signIn("admin", WRONG, "192.0.2.1")).as("the same answer for a wrong password").isEqualTo(right);
		assertThat(signIn("nobody", WRONG, "192.0.2.1")).as("another name").isEqualTo("/login?error");
		assertThat(message(right)).isEqualTo("Too many failed sign-ins; try again in 15 minutes.");

		assertThat(output.getOut().lines().filter(line -> line.contains("Sign-in locked")))
			.singleElement()
			.satisfies(line -> assertThat(line).contains("WARN", "after 20 failed attempts for account admin")
				.doesNotContain(WRONG)
				.doesNotContain(PASSWORD));

		CLOCK.advance(Duration.ofMinutes(15));
		assertThat(signIn("admin", PASSWORD, "192.0.2.1")).isEqualTo("/admin/import");
	}

	@Test
	void oneAddressTryingManyNamesIsTurnedAwayWhileOthersSignIn() throws Exception {
		for (int i = 1; i <= 20; i++) {
			CLOCK.advance(Duration.ofMinutes(1));
			signIn("user" + i, WRONG, "203.0.113.9");
		}
		assertThat(signIn("admin", PASSWORD, "203.0.113.9")).isEqualTo("/login?retry=900");
		assertThat(signIn("admin", PASSWORD, "203.0.113.10")).isEqualTo("/admin/import");
	}

	@Test
	void theCsrfTokenCountsInTheFormButNotInTheUrl() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String token = Jsoup.parse(mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString())
			.select("input[name=_csrf]")
			.val();
		assertThat(token).isNotBlank();

		MvcResult inUrl = mvc.perform(post(URI.create("/login?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.session(session)
			.param("username", "admin")
			.param("password", PASSWORD)).andReturn();
		assertThat(inUrl.getResponse().getStatus()).isEqualTo(403);

		MvcResult inForm = mvc.perform(post("/login").session(session)
			.param("_csrf", token)
			.param("username", "admin")
			.param("password", PASSWORD)).andReturn();
		assertThat(inForm.getResponse().getRedirectedUrl()).isEqualTo("/admin/import");
	}

	@Test
	void afterSignInTheRedirectKeepsTheSiteWhateverTheHostHeader() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult admin = mvc.perform(get("/admin/import").session(session).header("Host", "evil.example")).andReturn();
		assertThat(admin.getResponse().getRedirectedUrl()).isEqualTo("/login");

		MvcResult signedIn = mvc.perform(post("/login").session(session)
			.header("Host", "evil.example")
			.param("username", "admin")
			.param("password", PASSWORD)
			.with(csrf())).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).startsWith("/admin/import").doesNotContain("evil");
	}

	@Test
	void absoluteLinksNameTheConfiguredAddress() throws Exception {
		long id = jdbc.queryForObject("select min(id) from appearance", Long.class);
		var page = Jsoup.parse(mvc.perform(get("/quotes/" + id).header("Host", "evil.example")).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://quotes.example/quotes/" + id);
		assertThat(page.select("#citation").text()).endsWith(" https://quotes.example/quotes/" + id);

		String feed = mvc.perform(get("/feeds/speakers/sam-marks.atom").header("Host", "evil.example")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).contains("<id>tag:quotes.example,2026:feed/speakers/sam-marks</id>",
				"href=\"https://quotes.example/feeds/speakers/sam-marks.atom\"", "href=\"https://quotes.example/podcasts/lesswrong-curated-popular/episodes/")
			.doesNotContain("evil");

		String api = mvc.perform(get("/api/v1/speakers/sam-marks").header("Host", "evil.example")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("\"url\":\"https://quotes.example/speakers/sam-marks\"").doesNotContain("evil");
	}

	/** What leaves Tomcat, which MockMvc does not show: Location headers and the session cookie. */
	@Test
	void overHttpRedirectsArePathsAndTheSessionCookieIsSameSiteAndSecure() throws Exception {
		for (String path : new String[] { "/admin/import", "/api" }) {
			String response = http(path, "evil.example");
			assertThat(response).as(path).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
			assertThat(header(response, "Location")).as(path).startsWith("/");
		}
		String login = http("/login", "evil.example");
		// Secure although this connection is plain http: the public address is https
		assertThat(header(login, "Set-Cookie")).startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax", "; Secure");
		assertThat(header(login, "Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGES);
	}

	private String signIn(String name, String password, String client) throws Exception {
		return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()).with(from(client)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String message(String loginUrl) throws Exception {
		return Jsoup.parse(mvc.perform(get(loginUrl)).andReturn().getResponse().getContentAsString())
			.select(".field-error")
			.text();
	}

	private static RequestPostProcessor from(String client) {
		return request -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	private String http(String path, String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		return response.lines()
			.takeWhile(line -> !line.isEmpty())
			.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map(line -> line.substring(name.length() + 1).strip())
			.findFirst()
			.orElse(null);
	}

}
