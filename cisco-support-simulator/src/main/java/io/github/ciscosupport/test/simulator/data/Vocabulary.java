package io.github.ciscosupport.test.simulator.data;

import java.util.List;

/**
 * Words the bugs, advisories and cases of the {@link CatalogueGenerator catalogue} are written
 * with.
 *
 * @author cisco-support-spring
 */
final class Vocabulary {

	static final List<String> FEATURES = List.of("OSPF", "BGP", "EIGRP", "SNMP", "SSH", "NAT",
			"DHCP snooping", "802.1X", "IPv6 RA Guard", "QoS", "NetFlow", "StackWise", "HSRP", "VRRP", "PoE", "LACP",
			"Spanning Tree", "TACACS+", "RADIUS", "IPsec", "ACL", "Multicast", "MACsec", "VXLAN", "EVPN",
			"Smart Licensing", "NETCONF", "RESTCONF", "Telemetry", "Web UI");

	static final List<String> PROBLEMS = List.of("crash", "memory leak", "high CPU", "traceback",
			"incorrect counters", "session flap", "config loss after reload", "unexpected reload", "packet drops",
			"stale entries", "failure to program hardware");

	private Vocabulary() {
	}

}
