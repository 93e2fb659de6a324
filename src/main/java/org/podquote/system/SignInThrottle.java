package org.podquote.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Failed sign-ins counted per account name and per client address, so that neither guessing one
 * account's password from many addresses nor many accounts from one address goes fast. After
 * {@link SignInLimits#freeFailures()} failures each attempt waits twice as long as the one before
 * (1 s, 2 s, 4 s… at most a minute); after {@link SignInLimits#lockAfter()} sign-in is locked for
 * {@link SignInLimits#lockTime()}. An attempt made too soon is refused without its password being
 * checked, so the answer is the same whether the password was right or wrong, and is not counted.
 * Failures are forgotten a lock time after the last one, or when the lock ends; a sign-in forgets them.
 * Names that are no account are counted like the account, so the limits tell nobody which exists.
 */
final class SignInThrottle {

	static final long MAX_DELAY_SECONDS = 60;

	/** Names and addresses remembered at most, each; beyond that expired ones go, then the oldest unlocked. */
	static final int MAX_KEYS = 10_000;

	private static final int MAX_NAME = 256;

	private static final int MAX_CLIENT = 64;

	private static final Log logger = LogFactory.getLog(SignInThrottle.class);

	private final SignInLimits limits;

	private final Clock clock;

	private final String account;

	private final Map<String, Failures> byName = new HashMap<>();

	private final Map<String, Failures> byClient = new HashMap<>();

	/** @param account the one account's name, to name it in the log (other names never are); null when none */
	SignInThrottle(SignInLimits limits, Clock clock, String account) {
		this.limits = limits;
		this.clock = clock;
		this.account = account == null ? null : name(account);
	}

	/** How long an attempt with this name from this address must still wait; zero when it may try now. */
	synchronized Duration waitFor(String name, String client) {
		Instant now = clock.instant();
		Duration byName = wait(this.byName, name(name), now);
		Duration byClient = wait(this.byClient, client(client), now);
		return byName.compareTo(byClient) >= 0 ? byName : byClient;
	}

	/** Counts a wrong password; returns how long the next attempt with this name or from this address must wait. */
	synchronized Duration failed(String name, String client) {
		Instant now = clock.instant();
		String nameKey = name(name);
		String clientKey = client(client);
		fail(byName, nameKey, now, nameKey.equals(account) ? "for account " + account : "for a name that is no account");
		fail(byClient, clientKey, now, "from client " + clientKey);
		return waitFor(name, client);
	}

	synchronized void succeeded(String name, String client) {
		byName.remove(name(name));
		byClient.remove(client(client));
	}

	private Duration wait(Map<String, Failures> map, String key, Instant now) {
		Failures failures = live(map, key, now);
		if (failures == null) {
			return Duration.ZERO;
		}
		Instant until = failures.lockedUntil != null ? failures.lockedUntil : failures.last.plus(delay(failures.count));
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	private void fail(Map<String, Failures> map, String key, Instant now, String who) {
		Failures failures = live(map, key, now);
		if (failures == null) {
			if (map.size() >= MAX_KEYS) {
				makeRoom(map, now);
			}
			failures = new Failures();
			map.put(key, failures);
		}
		failures.count++;
		failures.last = now;
		if (failures.lockedUntil == null && failures.count >= limits.lockAfter()) {
			failures.lockedUntil = now.plus(limits.lockTime());
			logger.warn("Sign-in locked until " + failures.lockedUntil + " after " + failures.count + " failed attempts "
					+ who);
		}
	}

	/** The failures under this key unless they have expired, in which case they are forgotten. */
	private Failures live(Map<String, Failures> map, String key, Instant now) {
		Failures failures = map.get(key);
		if (failures != null && failures.expired(now, limits.lockTime())) {
			map.remove(key);
			return null;
		}
		return failures;
	}

	private void makeRoom(Map<String, Failures> map, Instant now) {
		map.values().removeIf(f -> f.expired(now, limits.lockTime()));
		if (map.size() >= MAX_KEYS) {
			map.entrySet()
				.stream()
				.min(Comparator.comparing((Map.Entry<String, Failures> e) -> e.getValue().lockedUntil != null)
					.thenComparing(e -> e.getValue().last))
				.ifPresent(oldest -> map.remove(oldest.getKey()));
		}
	}

	private Duration delay(int count) {
		int over = count - limits.freeFailures();
		if (over <= 0) {
			return Duration.ZERO;
		}
		return Duration.ofSeconds(Math.min(MAX_DELAY_SECONDS, 1L << Math.min(over - 1, 6)));
	}

	/** Names as the account store compares them (ignoring case and outer blanks). */
	static String name(String name) {
		String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
	}

	/**
	 * An IPv4 address as it is; an IPv6 address by its /64 network, which one client usually holds
	 * whole, so that it cannot take a fresh address for every attempt.
	 */
	static String client(String address) {
		// only address characters, so that a forwarded address that is not one cannot write into the log
		String text = address == null ? "" : address.strip().replaceAll("[^0-9A-Za-z.:%\\[\\]_-]", "?");
		if (text.length() > MAX_CLIENT) {
			text = text.substring(0, MAX_CLIENT);
		}
		if (!text.contains(":")) {
			return text;
		}
		try {
			// in brackets the JDK reads only an IPv6 literal and never asks DNS
			byte[] bytes = InetAddress.getByName(text.startsWith("[") ? text : "[" + text + "]").getAddress();
			if (bytes.length == 4) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
		}
		catch (UnknownHostException ex) {
			return text;
		}
	}

	private static final class Failures {

		int count;

		Instant last;

		Instant lockedUntil;

		boolean expired(Instant now, Duration lockTime) {
			return lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(last.plus(lockTime));
		}

	}

}
