package org.podquote.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.podquote.Requirements;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Runs a {@code @SpringBootTest} class on PostgreSQL instead of H2, configured as a user would: the
 * {@code postgres} profile and {@code podquote.db.*}. Each app gets a {@link PostgresSchema} of its
 * own; classes of one configuration share an app, as on H2 (the subclasses of the seed tests share one
 * seed library). Where no database is configured ({@code PODQUOTE_TEST_PG_URL}) the class is skipped,
 * and fails when {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("postgres")
@Import(OnPostgres.Database.class)
@ExtendWith(OnPostgres.Required.class)
public @interface OnPostgres {

	@TestConfiguration(proxyBeanMethods = false)
	class Database {

		@Bean
		PostgresSchema postgresSchema() throws SQLException {
			return PostgresSchema.create();
		}

		@Bean
		DynamicPropertyRegistrar postgresDatabase(PostgresSchema schema) {
			return registry -> {
				registry.add("podquote.db.url", schema::url);
				registry.add("podquote.db.user", PostgresSchema::user);
				registry.add("podquote.db.password", PostgresSchema::password);
			};
		}

	}

	/**
	 * Skips the class where no database is configured, visibly (as disabled, which a skip before the
	 * app starts would not be); under {@code CI=true} it fails instead, before the app starts: before
	 * all tests of the class, or before its instance where there is one instance per class.
	 */
	class Required implements ExecutionCondition, BeforeAllCallback, TestInstancePreConstructCallback {

		private static final String WHAT = "PostgreSQL (" + PostgresSchema.URL + ")";

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return PostgresSchema.configured() || Requirements.onCi() ? ConditionEvaluationResult.enabled(WHAT)
					: ConditionEvaluationResult.disabled(WHAT + " is not available here");
		}

		@Override
		public void beforeAll(ExtensionContext context) {
			Requirements.require(PostgresSchema.configured(), WHAT);
		}

		@Override
		public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
			Requirements.require(PostgresSchema.configured(), WHAT);
		}

	}

}
