package org.podquote.importer.feed;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * IP address literals in every notation a URL may carry them, and the kind of network an address
 * is on. IPv4 is read as browsers and {@code inet_aton} read it (WHATWG URL): one to four parts,
 * each decimal, octal with a leading {@code 0} or hex with {@code 0x}, the last filling the
 * remaining bytes, so {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1} and {@code 127.1}
 * are all 127.0.0.1. The JDK reads {@code 0177.0.0.1} as 177.0.0.1 and does not read hex at all;
 * since the fetcher connects to the address parsed here, the reading here is the one that counts.
 */
final class Addresses {

	/** What kind of network an address is on; every kind but {@link #PUBLIC} is refused unless allowed. */
	enum Kind {

		PUBLIC("a public address"), LOOPBACK("a loopback address"), PRIVATE("a private address"),
		SHARED("a shared address (carrier-grade NAT)"), LINK_LOCAL("a link-local address"),
		MULTICAST("a multicast address"), BROADCAST("the broadcast address"), UNSPECIFIED("an unspecified address"),
		RESERVED("a reserved address");

		private final String description;

		Kind(String description) {
			this.description = description;
		}

		String description() {
			return description;
		}

	}

	private Addresses() {
	}

	/**
	 * The address that a URL host (or an allow-list entry) writes literally.
	 * @param host as in a URL: IPv6 in brackets; bare IPv6 is accepted too
	 * @return empty when the host is a name
	 * @throws IllegalArgumentException when the host looks like an address but is not a valid one
	 * (WHATWG: a host whose last label is a number must be an IPv4 address)
	 */
	static Optional<InetAddress> literal(String host) {
		String text = host.strip().toLowerCase(Locale.ROOT);
		if (text.startsWith("[") || text.contains(":")) {
			return Optional.of(ipv6(text));
		}
		String[] parts = text.split("\\.", -1);
		int count = parts.length;
		if (count > 1 && parts[count - 1].isEmpty()) {
			// one trailing dot is the root of DNS: "127.0.0.1." is still 127.0.0.1
			count--;
		}
		String last = parts[count - 1];
		if (number(last) == null && !last.matches("[0-9]+")) {
			return Optional.empty();
		}
		if (count > 4) {
			throw new IllegalArgumentException(host + " has more than four parts, too many for an IPv4 address");
		}
		long value = 0;
		for (int i = 0; i < count; i++) {
			BigInteger part = number(parts[i]);
			if (part == null) {
				throw new IllegalArgumentException(host + " ends in a number but is not a valid IPv4 address");
			}
			// every part but the last is one byte; the last fills the bytes that remain
			int bits = (i < count - 1) ? 8 : 8 * (5 - count);
			if (part.bitLength() > bits) {
				throw new IllegalArgumentException(host + " is out of the range of an IPv4 address");
			}
			value = (i < count - 1) ? (value << 8) | part.longValue() : (value << bits) | part.longValue();
		}
		return Optional.of(ipv4((int) value));
	}

	/** A part of an IPv4 literal as a number, or null when it is not one. */
	private static BigInteger number(String part) {
		if (part.isEmpty() || part.length() > 40) {
			return null;
		}
		String digits = part;
		int radix = 10;
		if (part.startsWith("0x")) {
			digits = part.substring(2);
			radix = 16;
			if (digits.isEmpty()) {
				return BigInteger.ZERO;
			}
		}
		else if (part.length() > 1 && part.startsWith("0")) {
			digits = part.substring(1);
			radix = 8;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (Character.digit(digits.charAt(i), radix) < 0) {
				return null;
			}
		}
		return new BigInteger(digits, radix);
	}

	private static InetAddress ipv6(String text) {
		String inner = text;
		if (text.startsWith("[")) {
			if (!text.endsWith("]")) {
				throw new IllegalArgumentException(text + " is not a valid IPv6 address");
			}
			inner = text.substring(1, text.length() - 1);
		}
		if (inner.contains("%")) {
			throw new IllegalArgumentException(text + " names a network interface (a zone), which fetches do not accept");
		}
		if (!inner.matches("[0-9a-f:.]+") || ambiguousTail(inner)) {
			throw new IllegalArgumentException(text + " is not a valid IPv6 address");
		}
		try {
			// with brackets the JDK parses the literal and never asks DNS
			return InetAddress.getByName("[" + inner + "]");
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(text + " is not a valid IPv6 address", ex);
		}
	}

	/** A dotted IPv4 tail with a leading zero ({@code ::ffff:0177.0.0.1}) is octal to some readers, decimal to others. */
	private static boolean ambiguousTail(String ipv6) {
		if (!ipv6.contains(".")) {
			return false;
		}
		for (String part : ipv6.substring(ipv6.lastIndexOf(':') + 1).split("\\.", -1)) {
			if (part.length() > 1 && part.startsWith("0")) {
				return true;
			}
		}
		return false;
	}

	static InetAddress ipv4(int value) {
		try {
			return InetAddress.getByAddress(new byte[] { (byte) (value >>> 24), (byte) (value >>> 16),
					(byte) (value >>> 8), (byte) value });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("four bytes are always an IPv4 address", ex);
		}
	}

	static Kind classify(InetAddress address) {
		byte[] bytes = address.getAddress();
		return (bytes.length == 4) ? classify(toInt(bytes, 0)) : classify6(bytes);
	}

	/**
	 * The IPv4 address an IPv6 address carries, for the forms that route to it: mapped
	 * ({@code ::ffff:0:0/96}), compatible ({@code ::/96}), NAT64 ({@code 64:ff9b::/96}), 6to4
	 * ({@code 2002::/16}) and Teredo's client ({@code 2001::/32}).
	 */
	static Optional<InetAddress> embedded(InetAddress address) {
		byte[] b = address.getAddress();
		return (b.length == 4) ? Optional.empty() : embedded(b);
	}

	private static Optional<InetAddress> embedded(byte[] b) {
		if (zeros(b, 0, 10) && ((b[10] & b[11]) == (byte) 0xff || (b[10] | b[11]) == 0) && !zeros(b, 10, 15)) {
			return Optional.of(ipv4(toInt(b, 12)));
		}
		if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) && zeros(b, 4, 12)) {
			return Optional.of(ipv4(toInt(b, 12)));
		}
		if (startsWith(b, 0x20, 0x02)) {
			return Optional.of(ipv4(toInt(b, 2)));
		}
		if (startsWith(b, 0x20, 0x01, 0x00, 0x00)) {
			return Optional.of(ipv4(~toInt(b, 12)));
		}
		return Optional.empty();
	}

	private static Kind classify(int a) {
		if (in(a, 0x00000000, 8)) {
			// "this network": 0.0.0.0 connects to the machine itself on Linux
			return Kind.UNSPECIFIED;
		}
		if (in(a, 0x7f000000, 8)) {
			return Kind.LOOPBACK;
		}
		if (in(a, 0x0a000000, 8) || in(a, 0xac100000, 12) || in(a, 0xc0a80000, 16)) {
			return Kind.PRIVATE;
		}
		if (in(a, 0x64400000, 10)) {
			return Kind.SHARED;
		}
		if (in(a, 0xa9fe0000, 16)) {
			// includes 169.254.169.254, where clouds serve instance metadata and credentials
			return Kind.LINK_LOCAL;
		}
		if (a == 0xffffffff) {
			return Kind.BROADCAST;
		}
		if (in(a, 0xe0000000, 4)) {
			return Kind.MULTICAST;
		}
		// IETF protocol assignments, documentation, benchmarking, the old 6to4 relay and class E
		if (in(a, 0xc0000000, 24) || in(a, 0xc0000200, 24) || in(a, 0xc6336400, 24) || in(a, 0xcb007100, 24)
				|| in(a, 0xc6120000, 15) || in(a, 0xc0586300, 24) || in(a, 0xf0000000, 4)) {
			return Kind.RESERVED;
		}
		return Kind.PUBLIC;
	}

	private static Kind classify6(byte[] b) {
		if (zeros(b, 0, 16)) {
			return Kind.UNSPECIFIED;
		}
		if (zeros(b, 0, 15) && b[15] == 1) {
			return Kind.LOOPBACK;
		}
		Optional<InetAddress> v4 = embedded(b);
		if (v4.isPresent()) {
			Kind inner = classify(v4.get());
			// the compatible form is deprecated and reaches nothing public
			return (inner == Kind.PUBLIC && zeros(b, 0, 12)) ? Kind.RESERVED : inner;
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		if (first == 0xff) {
			return Kind.MULTICAST;
		}
		if ((first & 0xfe) == 0xfc) {
			return Kind.PRIVATE;
		}
		if (first == 0xfe && (second & 0xc0) == 0x80) {
			return Kind.LINK_LOCAL;
		}
		if (first == 0xfe && (second & 0xc0) == 0xc0) {
			// site-local, the deprecated forerunner of fc00::/7
			return Kind.PRIVATE;
		}
		if (startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
			// NAT64 for local use
			return Kind.PRIVATE;
		}
		if (startsWith(b, 0x20, 0x01, 0x0d, 0xb8) || (first & 0xe0) != 0x20) {
			// documentation, and everything outside global unicast 2000::/3
			return Kind.RESERVED;
		}
		return Kind.PUBLIC;
	}

	/** How people write the address: dotted IPv4, compressed IPv6 (RFC 5952). */
	static String format(InetAddress address) {
		byte[] b = address.getAddress();
		if (b.length == 4) {
			return address.getHostAddress();
		}
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int j = i;
			while (j < 8 && groups[j] == 0) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = Math.max(i, j);
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		return text.toString();
	}

	/** Whether {@code address} lies in {@code network/prefix}; both of one family. */
	static boolean inRange(byte[] address, byte[] network, int prefix) {
		if (address.length != network.length) {
			return false;
		}
		for (int bit = 0; bit < prefix; bit++) {
			int mask = 0x80 >>> (bit % 8);
			if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
				return false;
			}
		}
		return true;
	}

	/** The address as the family it routes in: an IPv4-mapped IPv6 address becomes IPv4. */
	static InetAddress unmapped(InetAddress address) {
		byte[] b = address.getAddress();
		if (b.length == 16 && zeros(b, 0, 10) && (b[10] & b[11]) == (byte) 0xff) {
			return ipv4(toInt(b, 12));
		}
		return address;
	}

	private static boolean in(int address, int network, int prefix) {
		int mask = (prefix == 0) ? 0 : -1 << (32 - prefix);
		return (address & mask) == (network & mask);
	}

	private static int toInt(byte[] b, int from) {
		return ((b[from] & 0xff) << 24) | ((b[from + 1] & 0xff) << 16) | ((b[from + 2] & 0xff) << 8)
				| (b[from + 3] & 0xff);
	}

	private static boolean zeros(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] b, int... prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
