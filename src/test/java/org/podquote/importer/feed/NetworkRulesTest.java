package org.podquote.importer.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The allow-list and the refusals it words, with a resolver of its own: no DNS. */
class NetworkRulesTest {

	private static final Map<String, List<String>> DNS = Map.of("feeds.example", List.of("93.184.215.14"),
			"intranet.example", List.of("10.1.2.3"), "metadata.example", List.of("169.254.169.254"),
			"both.example", List.of("93.184.215.14", "192.168.0.7"), "six.example", List.of("fd00::5"));

	private static final NetworkRules.Resolver RESOLVER = (name) -> {
		List<String> addresses = DNS.get(name);
		if (addresses == null) {
			throw new UnknownHostException(name);
		}
		InetAddress[] result = new InetAddress[addresses.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = InetAddress.getByName(addresses.get(i));
		}
		return result;
	};

	@Test
	void letsPublicAddressesThroughAndHandsBackWhatWasChecked() throws Exception {
		assertThat(NetworkRules.PUBLIC_ONLY.addressesOf("feeds.example", RESOLVER)).map(Addresses::format)
			.containsExactly("93.184.215.14");
		assertThat(NetworkRules.PUBLIC_ONLY.addressesOf("8.8.8.8", RESOLVER)).map(Addresses::format)
			.containsExactly("8.8.8.8");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "127.0.0.1|127.0.0.1 is a loopback address",
			"2130706433|2130706433 is 127.0.0.1, a loopback address", "[::1]|[::1] is a loopback address",
			"[::ffff:127.0.0.1]|[::ffff:127.0.0.1] is 127.0.0.1, a loopback address",
			"[2002:7f00:1::]|[2002:7f00:1::] embeds 127.0.0.1, a loopback address",
			"[::127.0.0.1]|[::127.0.0.1] is ::7f00:1, which embeds 127.0.0.1, a loopback address",
			"intranet.example|intranet.example resolves to 10.1.2.3, a private address",
			"metadata.example|metadata.example resolves to 169.254.169.254, a link-local address",
			"169.254.169.254|169.254.169.254 is a link-local address",
			"both.example|both.example resolves to 192.168.0.7, a private address",
			"six.example|six.example resolves to fd00::5, a private address",
			"100.64.1.1|100.64.1.1 is a shared address (carrier-grade NAT)",
			"224.0.0.251|224.0.0.251 is a multicast address", "255.255.255.255|255.255.255.255 is the broadcast address",
			"0.0.0.0|0.0.0.0 is an unspecified address", "[::]|[::] is an unspecified address",
			"240.1.2.3|240.1.2.3 is a reserved address" })
	void refusesWhatIsNotPublicSayingWhyAndHowToAllowIt(String host, String reason) {
		assertThatExceptionOfType(NetworkRules.Refused.class)
			.isThrownBy(() -> NetworkRules.PUBLIC_ONLY.addressesOf(host, RESOLVER))
			.withMessage(reason + "; set podquote.fetch.allowed-hosts to allow it");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "intranet.example|intranet.example", "INTRANET.example.|intranet.example",
			"10.0.0.0/8|intranet.example", "10.1.2.3|intranet.example", "10.1.2.3|10.1.2.3", "10.0.0.0/8|0xa.1.2.3",
			"127.0.0.0/8|127.0.0.2", "::1|[::1]", "[::1]|[::1]", "fd00::/8|six.example", "::/0|six.example",
			"0.0.0.0/0|metadata.example", "192.168.0.7|both.example", "127.0.0.1|[::ffff:127.0.0.1]" })
	void letsThroughWhatTheAllowListNames(String entry, String host) throws Exception {
		assertThat(NetworkRules.allowing(List.of(entry)).addressesOf(host, RESOLVER)).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "intranet.example|10.1.2.4", "10.1.2.3|10.1.2.4", "10.1.0.0/16|10.2.0.1",
			"localhost|127.0.0.1", "127.0.0.1|127.0.0.2", "127.0.0.1|[::1]", "fd00::/8|[fe80::1]",
			"other.example|intranet.example" })
	void refusesWhatTheAllowListDoesNotName(String entry, String host) {
		assertThatExceptionOfType(NetworkRules.Refused.class)
			.isThrownBy(() -> NetworkRules.allowing(List.of(entry)).addressesOf(host, RESOLVER));
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.0/33", "fd00::/129", "10.0.0.0/x", "10.0.0.0/-1", "intranet/8", "host:8080",
			"http://intranet.example", "256.0.0.1", "bad name", "*.example.com" })
	void namesTheEntryItCannotRead(String entry) {
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkRules.allowing(List.of("ok.example", entry)))
			.withMessageStartingWith("podquote.fetch.allowed-hosts: \"" + entry + "\" is not a host name, an address or a CIDR range");
	}

	@Test
	void skipsBlankEntries() throws Exception {
		assertThat(NetworkRules.allowing(List.of(" ", "", " intranet.example ")).addressesOf("intranet.example", RESOLVER))
			.isNotEmpty();
		assertThat(new FetchProperties(null).allowedHosts()).isEmpty();
	}

	@Test
	void reportsAnUnknownName() {
		assertThatExceptionOfType(UnknownHostException.class)
			.isThrownBy(() -> NetworkRules.PUBLIC_ONLY.addressesOf("nowhere.example", RESOLVER));
	}

}
