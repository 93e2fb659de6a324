package org.podquote.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reading is public; the admin pages (imports) need the admin's sign-in. Forms carry CSRF tokens,
 * read from the body or a header only. Every response carries {@link SecurityHeaders}. Only in the
 * web app: the commands ({@code import}, {@code reindex}) run without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String ADMIN = "ADMIN";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminAccount admin) throws Exception {
		http.authorizeHttpRequests(requests -> {
			if (admin.enabled()) {
				requests.requestMatchers("/admin/**").hasRole(ADMIN);
			}
			requests.anyRequest().permitAll();
		});
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin/import").permitAll());
		http.logout(logout -> logout.logoutSuccessUrl("/"));
		http.csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenOutsideUrl()));
		http.headers(SecurityHeaders.all());
		return http.build();
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
