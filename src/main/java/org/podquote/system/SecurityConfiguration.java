package org.podquote.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Reading is public; the admin pages (imports) need the admin's sign-in, which is throttled
 * ({@link ThrottledSignIn}). Forms carry CSRF tokens, read from the body or a header only. Every
 * response carries {@link SecurityHeaders}. Only in the web app: the commands ({@code import},
 * {@code reindex}) run without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String ADMIN = "ADMIN";

	static final String ADMIN_HOME = "/admin/import";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminAccount admin, SignInThrottle throttle)
			throws Exception {
		ThrottledSignIn signIn = new ThrottledSignIn(throttle);
		http.authorizeHttpRequests(requests -> {
			if (admin.enabled()) {
				requests.requestMatchers("/admin/**").hasRole(ADMIN);
			}
			requests.anyRequest().permitAll();
		});
		http.formLogin(form -> form.loginPage(ThrottledSignIn.LOGIN)
			.usernameParameter(ThrottledSignIn.USERNAME)
			.successHandler(signIn.onSuccessGoTo(ADMIN_HOME))
			.failureHandler(signIn)
			.permitAll());
		http.addFilterBefore(signIn, UsernamePasswordAuthenticationFilter.class);
		http.logout(logout -> logout.logoutSuccessUrl("/"));
		// the MCP endpoint is read-only JSON-RPC over POST, called by programs that hold no session
		http.csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenOutsideUrl()).ignoringRequestMatchers("/mcp"));
		http.headers(SecurityHeaders.all());
		return http.build();
	}

	/**
	 * The session cookie (HttpOnly, SameSite=Lax in application.properties) is Secure over https.
	 * Tomcat sees https itself on a TLS connector or with {@code native} forwarded headers; a public
	 * address on https says so for the other setups ({@code framework}, a proxy that does not tell).
	 */
	@Bean
	ServletContextInitializer secureSessionCookieOnHttps(PodquoteProperties properties) {
		return servletContext -> {
			if (properties.baseUrl() != null && "https".equals(properties.baseUrl().getScheme())) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	@Bean
	SignInThrottle signInThrottle(SignInLimits limits, Clock clock, AdminAccount admin) {
		return new SignInThrottle(limits, clock, admin.username());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(AdminAccount admin, PasswordEncoder encoder) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (admin.enabled()) {
			String password = admin.password().startsWith("{") ? admin.password() : encoder.encode(admin.password());
			users.createUser(User.withUsername(admin.username()).password(password).roles(ADMIN).build());
		}
		return users;
	}

}
