package org.podquote;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives the app on a real port in {@link Chromium}. Every class with this annotation
 * gets the same configuration, so they share one app (Spring's test context cache): the seed, what
 * the tests import beside it, and an admin account ({@link #ADMIN}, {@link #PASSWORD}) to sign in with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "podquote.test.context=browser", "podquote.admin.username=" + BrowserAppTest.ADMIN,
				"podquote.admin.password=" + BrowserAppTest.PASSWORD })
@interface BrowserAppTest {

	String ADMIN = "admin";

	String PASSWORD = "correct horse battery";

}
