package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hurdleboard.phone.NetworkChoice.Kind;
import org.hurdleboard.phone.NetworkChoices.Adapter;
import org.junit.jupiter.api.Test;

/** The network doctor's choice on the adapters of real laptops, fed in as they report them. */
class NetworkChoicesTest {

    @Test
    void aWindowsLaptopOffersItsWiFiAndKnowsItsHotspotAndHyperVAdapter() {
        List<NetworkChoice> choices = NetworkChoices.of(machine(Optional.of("192.168.1.23"),
                adapter("lo", "Software Loopback Interface 1", true, "127.0.0.1"),
                adapter("wlan0", "Intel(R) Wi-Fi 6 AX201 160MHz", false, "192.168.1.23", "fe80::1"),
                adapter("wlan2", "Microsoft Wi-Fi Direct Virtual Adapter #2", false, "192.168.137.1"),
                adapter("eth5", "Hyper-V Virtual Ethernet Adapter", false, "172.29.16.1"),
                adapter("eth6", "vEthernet (WSL)", false, "172.18.80.1"),
                adapter("eth7", "TAP-Windows Adapter V9", false, "10.8.0.6"),
                adapter("eth8", "PANGP Virtual Ethernet Adapter", false, "10.200.3.4"),
                adapter("eth2", "Realtek USB GbE Family Controller", false, "169.254.12.34")));
        assertThat(kinds(choices)).containsExactly("192.168.1.23 LOCAL_NETWORK recommended",
                "192.168.137.1 HOTSPOT", "172.29.16.1 VIRTUAL_OR_VPN", "172.18.80.1 VIRTUAL_OR_VPN",
                "10.8.0.6 VIRTUAL_OR_VPN", "10.200.3.4 VIRTUAL_OR_VPN", "169.254.12.34 LINK_LOCAL");
        assertThat(choices.get(0).adapter()).isEqualTo("Intel(R) Wi-Fi 6 AX201 160MHz");
    }

    @Test
    void aMacFollowsTheRouteAndKnowsItsInternetSharingAndVpn() {
        List<NetworkChoice> choices = NetworkChoices.of(machine(Optional.of("10.0.0.5"),
                adapter("lo0", "lo0", true, "127.0.0.1"),
                adapter("en5", "en5", false, "192.168.50.20"),
                adapter("en0", "en0", false, "10.0.0.5"),
                adapter("utun3", "utun3", false, "10.8.0.2"),
                adapter("bridge100", "bridge100", false, "192.168.2.1")));
        assertThat(kinds(choices)).containsExactly("10.0.0.5 LOCAL_NETWORK recommended", "192.168.50.20 LOCAL_NETWORK",
                "192.168.2.1 HOTSPOT", "10.8.0.2 VIRTUAL_OR_VPN");
    }

    @Test
    void aLinuxLaptopWithContainersAndTunnelsOffersOnlyItsWiFi() {
        List<NetworkChoice> choices = NetworkChoices.of(machine(Optional.empty(),
                adapter("docker0", "docker0", false, "172.17.0.1"),
                adapter("br-4f2a1c", "br-4f2a1c", false, "172.18.0.1"),
                adapter("virbr0", "virbr0", false, "192.168.122.1"),
                adapter("vboxnet0", "vboxnet0", false, "192.168.56.1"),
                adapter("wg0", "wg0", false, "10.66.0.2"),
                adapter("tun0", "tun0", false, "10.9.0.3"),
                adapter("wlp2s0", "wlp2s0", false, "192.168.0.10")));
        assertThat(kinds(choices)).first().isEqualTo("192.168.0.10 LOCAL_NETWORK recommended");
        assertThat(choices).filteredOn(c -> c.kind() == Kind.VIRTUAL_OR_VPN).hasSize(6);
    }

    @Test
    void aRouteThroughAVpnIsNotOfferedToPhones() {
        List<NetworkChoice> choices = NetworkChoices.of(machine(Optional.of("10.9.0.3"),
                adapter("tun0", "tun0", false, "10.9.0.3"), adapter("eth0", "eth0", false, "192.168.0.10")));
        assertThat(kinds(choices)).containsExactly("192.168.0.10 LOCAL_NETWORK recommended", "10.9.0.3 VIRTUAL_OR_VPN");
    }

    @Test
    void withoutALocalNetworkTheLinuxHotspotIsRecommended() {
        List<NetworkChoice> choices = NetworkChoices.of(machine(Optional.empty(),
                adapter("docker0", "docker0", false, "172.17.0.1"), adapter("wlan0", "wlan0", false, "10.42.0.1")));
        assertThat(kinds(choices)).containsExactly("10.42.0.1 HOTSPOT recommended", "172.17.0.1 VIRTUAL_OR_VPN");
    }

    @Test
    void aMachineWithOnlyDockerAndAVpnRecommendsNothing() {
        List<NetworkChoice> choices = NetworkChoices.of(machine(Optional.of("10.9.0.3"),
                adapter("docker0", "docker0", false, "172.17.0.1"),
                adapter("eth3", "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter", false, "10.9.0.3"),
                adapter("eth4", "WireGuard Tunnel", false, "10.66.0.2"),
                adapter("eth9", "GlobalProtect", false, "10.200.0.9")));
        assertThat(choices).hasSize(4).noneMatch(NetworkChoice::recommended).allMatch(c -> c.kind() == Kind.VIRTUAL_OR_VPN);
    }

    @Test
    void aMachineWithNoNetworkAtAllHasNoChoices() {
        assertThat(NetworkChoices.of(machine(Optional.empty(), adapter("lo", "lo", true, "127.0.0.1")))).isEmpty();
        Adapter down = new Adapter("wlan0", "wlan0", false, false, List.of(ip("192.168.1.5")));
        assertThat(NetworkChoices.of(machine(Optional.empty(), down))).isEmpty();
    }

    @Test
    void thisMachineNeverOffersLoopback() {
        assertThat(NetworkChoices.onThisMachine()).noneMatch(c -> c.address().isLoopbackAddress());
    }

    private static List<String> kinds(List<NetworkChoice> choices) {
        return choices.stream().map(c -> c.address().getHostAddress() + " " + c.kind() + (c.recommended() ? " recommended" : ""))
                .toList();
    }

    private static Adapter adapter(String name, String display, boolean loopback, String... addresses) {
        return new Adapter(name, display, true, loopback, Arrays.stream(addresses).map(NetworkChoicesTest::ip).toList());
    }

    private static NetworkChoices.Machine machine(Optional<String> route, Adapter... adapters) {
        return new NetworkChoices.Machine() {
            @Override
            public List<Adapter> adapters() {
                return List.of(adapters);
            }

            @Override
            public Optional<InetAddress> routeSource() {
                return route.map(NetworkChoicesTest::ip);
            }
        };
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
