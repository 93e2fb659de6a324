package org.podquote.importer.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which hosts a fetch may reach: every public address, and the loopback, private, link-local and
 * other non-public ones only when {@code podquote.fetch.allowed-hosts} names them. An entry is a
 * host name (matches a URL that names that host, whatever it resolves to), an address (matches
 * that address however the URL reaches it) or a CIDR range of addresses ({@code 10.0.0.0/8},
 * {@code fd00::/8}). Immutable.
 */
public final class NetworkRules {

	public static final String PROPERTY = "podquote.fetch.allowed-hosts";

	/** Nothing but public addresses. */
	public static final NetworkRules PUBLIC_ONLY = new NetworkRules(Set.of(), List.of());

	private static final String HINT = "; set " + PROPERTY + " to allow it";

	private final Set<String> names;

	private final List<Range> ranges;

	private NetworkRules(Set<String> names, List<Range> ranges) {
		this.names = Set.copyOf(names);
		this.ranges = List.copyOf(ranges);
	}

	/**
	 * @param entries host names, addresses or CIDR ranges; blank ones are skipped
	 * @throws IllegalArgumentException for an entry that is none of those, naming it
	 */
	public static NetworkRules allowing(Collection<String> entries) {
		Set<String> names = new HashSet<>();
		List<Range> ranges = new ArrayList<>();
		for (String raw : entries) {
			String entry = raw.strip().toLowerCase(Locale.ROOT);
			if (entry.isEmpty()) {
				continue;
			}
			try {
				int slash = entry.indexOf('/');
				if (slash >= 0) {
					ranges.add(Range.of(entry.substring(0, slash), entry.substring(slash + 1)));
					continue;
				}
				Optional<InetAddress> address = Addresses.literal(entry);
				if (address.isPresent()) {
					byte[] bytes = Addresses.unmapped(address.get()).getAddress();
					ranges.add(new Range(bytes, bytes.length * 8));
				}
				else {
					names.add(hostName(entry));
				}
			}
			catch (IllegalArgumentException ex) {
				// the message says it all, and is the one Spring shows when the start fails
				throw new IllegalArgumentException(PROPERTY + ": \"" + raw.strip()
						+ "\" is not a host name, an address or a CIDR range such as 10.0.0.0/8 (" + ex.getMessage()
						+ ")");
			}
		}
		return new NetworkRules(names, ranges);
	}

	/**
	 * The addresses a fetch of {@code host} may connect to: the address the host writes, or every
	 * address its name resolves to, each checked. Connect to these, never to the name again: a
	 * second lookup could answer differently (DNS rebinding).
	 * @param host as in a URL: IPv6 in brackets
	 * @throws Refused when an address is not public and not allowed: one such address refuses the host
	 * @throws IllegalArgumentException when the host is neither a valid name nor a valid address
	 */
	List<InetAddress> addressesOf(String host, Resolver resolver) throws Refused, UnknownHostException {
		Optional<InetAddress> literal = Addresses.literal(host);
		if (literal.isPresent()) {
			check(host, literal.get(), false);
			return List.of(literal.get());
		}
		String name = hostName(host);
		List<InetAddress> addresses = List.of(resolver.resolve(name));
		if (addresses.isEmpty()) {
			throw new UnknownHostException(name);
		}
		if (!names.contains(name)) {
			for (InetAddress address : addresses) {
				check(host, address, true);
			}
		}
		return addresses;
	}

	private void check(String host, InetAddress address, boolean resolved) throws Refused {
		InetAddress routed = Addresses.unmapped(address);
		for (Range range : ranges) {
			if (Addresses.inRange(routed.getAddress(), range.network(), range.prefix())) {
				return;
			}
		}
		Addresses.Kind kind = Addresses.classify(address);
		if (kind == Addresses.Kind.PUBLIC) {
			return;
		}
		String written = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		String shown = Addresses.format(address);
		Optional<String> embeds = Addresses.embedded(address)
			.filter((inner) -> Addresses.classify(inner) == kind)
			.map((inner) -> "embeds " + Addresses.format(inner) + ", " + kind.description());
		String reason;
		if (resolved) {
			reason = host + " resolves to " + shown + ", " + embeds.map((e) -> "which " + e).orElse(kind.description());
		}
		else if (written.equalsIgnoreCase(shown)) {
			reason = host + " " + embeds.orElse("is " + kind.description());
		}
		else {
			reason = host + " is " + shown + ", " + embeds.map((e) -> "which " + e).orElse(kind.description());
		}
		throw new Refused(reason + HINT);
	}

	/** A host name as DNS compares it: lower case, without the root's trailing dot. */
	private static String hostName(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		// letters, digits, hyphens and (seen in real DNS) underscores, in dot-separated labels
		if (name.length() > 253 || !name.matches("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*")) {
			throw new IllegalArgumentException(host + " is not a valid host name");
		}
		return name;
	}

	/** Looks a name up; {@code InetAddress::getAllByName} outside tests. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String name) throws UnknownHostException;

	}

	/** A host that is not to be fetched; the message says why and how to allow it. */
	static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}

	}

	private record Range(byte[] network, int prefix) {

		static Range of(String address, String prefix) {
			InetAddress network = Addresses.literal(address)
				.map(Addresses::unmapped)
				.orElseThrow(() -> new IllegalArgumentException(address + " is not an address"));
			int bits = network.getAddress().length * 8;
			int length;
			try {
				length = Integer.parseInt(prefix);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("/" + prefix + " is not a prefix length", ex);
			}
			if (length < 0 || length > bits || !prefix.matches("[0-9]+")) {
				throw new IllegalArgumentException("/" + prefix + " is not a prefix length between 0 and " + bits);
			}
			return new Range(network.getAddress(), length);
		}

	}

}
