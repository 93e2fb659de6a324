package org.podquote.system;

import org.podquote.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

	static final String CLIENT = "203.0.113.7";

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	final SignInThrottle throttle = new SignInThrottle(new SignInLimits(5, 20, Duration.ofMinutes(15)), clock, "admin");

	@Test
	void fiveFailuresCostNothing() {
		for (int i = 1; i <= 5; i++) {
			assertThat(throttle.waitFor("admin", CLIENT)).as("before attempt %d", i).isZero();
			assertThat(throttle.failed("admin", CLIENT)).as("after failure %d", i).isZero();
		}
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();
	}

	@Test
	void fromTheSixthFailureEachAttemptWaitsTwiceAsLongUpToAMinute() {
		fail(5, "admin", CLIENT);
		assertThat(throttle.failed("admin", CLIENT)).isEqualTo(Duration.ofSeconds(1));
		clock.advance(Duration.ofMillis(999));
		assertThat(throttle.waitFor("admin", CLIENT)).isEqualTo(Duration.ofMillis(1));
		clock.advance(Duration.ofMillis(1));
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();

		long[] waits = { 2, 4, 8, 16, 32, 60, 60 };
		for (long wait : waits) {
			assertThat(throttle.failed("admin", CLIENT)).isEqualTo(Duration.ofSeconds(wait));
			clock.advance(Duration.ofSeconds(wait));
		}
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();
	}

	@Test
	void twentyFailuresLockForFifteenMinutesThenAreForgotten(CapturedOutput output) {
		fail(19, "admin", CLIENT);
		assertThat(throttle.failed("admin", CLIENT)).isEqualTo(Duration.ofMinutes(15));
		clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(throttle.waitFor("admin", CLIENT)).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("someone-else", CLIENT)).as("the client is locked too").isEqualTo(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();
		assertThat(throttle.failed("admin", CLIENT)).as("counting starts again").isZero();

		assertThat(output.getOut().lines().filter(line -> line.contains("Sign-in locked")))
			.hasSize(2)
			.allSatisfy(line -> assertThat(line).contains("WARN").contains("after 20 failed attempts"))
			.anySatisfy(line -> assertThat(line).contains("for account admin"))
			.anySatisfy(line -> assertThat(line).contains("from client " + CLIENT));
	}

	@Test
	void failuresAreForgottenFifteenMinutesAfterTheLast() {
		fail(6, "admin", CLIENT);
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.failed("admin", CLIENT)).as("the seventh").isEqualTo(Duration.ofSeconds(2));
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();
		fail(5, "admin", CLIENT);
		assertThat(throttle.waitFor("admin", CLIENT)).as("five free failures again").isZero();
	}

	@Test
	void aSignInForgetsTheFailuresOfItsNameAndAddress() {
		fail(10, "admin", CLIENT);
		throttle.succeeded("admin", CLIENT);
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();
		fail(5, "admin", CLIENT);
		assertThat(throttle.waitFor("admin", CLIENT)).isZero();
	}

	@Test
	void anAccountGuessedFromManyAddressesIsLockedForEveryAddress() {
		for (int i = 1; i <= 20; i++) {
			throttle.failed("admin", "198.51.100." + i);
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.waitFor("admin", "192.0.2.1")).isPositive();
		assertThat(throttle.waitFor("Admin ", "192.0.2.1")).as("names ignore case and blanks").isPositive();
		assertThat(throttle.waitFor("editor", "198.51.100.1")).as("each address failed once").isZero();
	}

	@Test
	void oneAddressGuessingManyNamesIsLockedForEveryName(CapturedOutput output) {
		for (int i = 1; i <= 20; i++) {
			throttle.failed("user" + i, CLIENT);
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.waitFor("admin", CLIENT)).isPositive();
		assertThat(throttle.waitFor("admin", "192.0.2.1")).as("the account failed never").isZero();
		assertThat(output.getOut()).contains("Sign-in locked").doesNotContain("user20");
	}

	@Test
	void aNameThatIsNoAccountIsThrottledLikeTheAccountAndNotNamedInTheLog(CapturedOutput output) {
		for (int i = 1; i <= 20; i++) {
			throttle.failed("correct horse battery", "198.51.100." + i);
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.waitFor("correct horse battery", "192.0.2.1")).isPositive();
		assertThat(output.getOut()).contains("for a name that is no account").doesNotContain("horse");
	}

	@Test
	void anIpv6ClientIsCountedByItsNetwork() {
		assertThat(SignInThrottle.client("2001:db8:1:2::1")).isEqualTo(SignInThrottle.client("2001:db8:1:2:ffff::9"))
			.isEqualTo("20010db800010002::/64");
		assertThat(SignInThrottle.client("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.client("2001:db8:1:2::1"));
		assertThat(SignInThrottle.client("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(SignInThrottle.client("198.51.100.1")).isEqualTo("198.51.100.1");
		assertThat(SignInThrottle.client("evil\nline")).isEqualTo("evil?line");
	}

	private void fail(int times, String name, String client) {
		for (int i = 0; i < times; i++) {
			clock.advance(throttle.waitFor(name, client));
			throttle.failed(name, client);
		}
	}

}
