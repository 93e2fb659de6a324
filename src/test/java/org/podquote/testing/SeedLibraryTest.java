package org.podquote.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test that reads the seed library (Sam Marks, 20 quotes) through the whole app and MockMvc, and
 * never changes it. Every class with this annotation gets the same configuration, so Spring's test
 * context cache starts the app once for all of them: the page tests of every feature, the API and
 * the feeds. Keep that configuration here, and add nothing beside it on a test class (no
 * properties, profiles, imports or mocks), or that class starts an app of its own. A test that adds
 * to the library takes its own context ({@code @SpringBootTest(properties = "podquote.test.context=...")}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
public @interface SeedLibraryTest {

}
