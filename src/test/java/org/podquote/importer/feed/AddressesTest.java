package org.podquote.importer.feed;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AddressesTest {

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, 127.0.0.1", "2130706433, 127.0.0.1", "0x7f000001, 127.0.0.1", "0X7F000001, 127.0.0.1",
			"0x7f.1, 127.0.0.1", "0x7F.0.0.1, 127.0.0.1", "0177.0.0.1, 127.0.0.1", "0177.1, 127.0.0.1",
			"017700000001, 127.0.0.1", "127.1, 127.0.0.1", "127.0.1, 127.0.0.1", "127.0.0.1., 127.0.0.1",
			"0, 0.0.0.0", "0x, 0.0.0.0", "10.1, 10.0.0.1", "192.168.257, 192.168.1.1", "4294967295, 255.255.255.255",
			"[::1], ::1", "[0:0:0:0:0:0:0:1], ::1", "::1, ::1", "[::ffff:127.0.0.1], 127.0.0.1",
			"[::ffff:7f00:1], 127.0.0.1", "[::127.0.0.1], ::7f00:1", "[FE80::1], fe80::1", "[2002:7f00:1::], 2002:7f00:1::",
			"[2001:db8:0:0:1:0:0:1], 2001:db8::1:0:0:1", "[::], ::" })
	void readsAddressesInEveryNotation(String host, String address) {
		assertThat(Addresses.literal(host)).map(Addresses::format).contains(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "example.com", "feeds.example.org", "1.2.3.example", "0x7f.example",
			"127.0.0.1.nip.io", "my_host.internal" })
	void leavesNamesToTheResolver(String host) {
		assertThat(Addresses.literal(host)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "256.0.0.1", "1.2.3.4.5", "4294967296", "08.0.0.1", "1.2.3.08", "0x1g.1", "1..2",
			"example.1", "[1::2::3]", "[::1", "[fe80::1%25eth0]", "[::ffff:0177.0.0.1]", "[::1]x" })
	void refusesWhatLooksLikeAnAddressButIsNot(String host) {
		assertThatIllegalArgumentException().isThrownBy(() -> Addresses.literal(host));
	}

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "2130706433, LOOPBACK", "0x7f.1, LOOPBACK",
			"0177.0.0.1, LOOPBACK", "127.1, LOOPBACK", "[::1], LOOPBACK", "[::ffff:127.0.0.1], LOOPBACK",
			"[::127.0.0.1], LOOPBACK", "[2002:7f00:1::], LOOPBACK", "[64:ff9b::7f00:1], LOOPBACK",
			"10.0.0.1, PRIVATE", "10.255.255.255, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE",
			"192.168.1.1, PRIVATE", "[fc00::1], PRIVATE", "[fd12:3456::1], PRIVATE", "[fec0::1], PRIVATE",
			"[64:ff9b:1::1], PRIVATE", "[::ffff:10.0.0.1], PRIVATE", "[64:ff9b::a00:1], PRIVATE",
			"[2002:c0a8:101::], PRIVATE", "100.64.0.1, SHARED", "100.127.255.255, SHARED",
			"169.254.169.254, LINK_LOCAL", "169.254.0.1, LINK_LOCAL", "[fe80::1], LINK_LOCAL",
			"[::ffff:169.254.169.254], LINK_LOCAL", "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST",
			"[ff02::1], MULTICAST", "255.255.255.255, BROADCAST", "0.0.0.0, UNSPECIFIED", "0, UNSPECIFIED",
			"0.1.2.3, UNSPECIFIED", "[::], UNSPECIFIED", "[::ffff:0.0.0.0], UNSPECIFIED", "240.0.0.1, RESERVED",
			"192.0.2.1, RESERVED", "198.18.0.1, RESERVED", "192.0.0.170, RESERVED", "[2001:db8::1], RESERVED",
			"[100::1], RESERVED", "[::8.8.8.8], RESERVED", "8.8.8.8, PUBLIC", "93.184.215.14, PUBLIC",
			"172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC", "169.255.0.1, PUBLIC", "[2606:4700:4700::1111], PUBLIC",
			"[64:ff9b::808:808], PUBLIC", "[2002:808:808::], PUBLIC", "[::ffff:8.8.8.8], PUBLIC" })
	void classifiesTheNetworkOfAnAddress(String host, Addresses.Kind kind) {
		assertThat(Addresses.classify(Addresses.literal(host).orElseThrow())).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "[2001::3fff:fffe:80ff:fffe], 127.0.0.1" })
	void readsTheClientOfATeredoAddress(String host, String client) {
		InetAddress address = Addresses.literal(host).orElseThrow();

		assertThat(Addresses.embedded(address)).map(Addresses::format).contains(client);
		assertThat(Addresses.classify(address)).isEqualTo(Addresses.Kind.LOOPBACK);
	}

}
