package org.hurdleboard.phone;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network doctor's eyes: which of the laptop's addresses phones could reach, what kind each
 * is, and which one to offer by itself. IPv4 only (every phone and guest Wi-Fi has it); never
 * loopback. The machine is seen through {@link Machine}, so tests feed it the adapters of other laptops.
 */
public final class NetworkChoices {
    /** One adapter as the machine reports it. */
    public record Adapter(String name, String displayName, boolean up, boolean loopback, List<InetAddress> addresses) {
        public Adapter {
            addresses = List.copyOf(addresses);
        }
    }

    /** What the doctor asks the machine. */
    public interface Machine {
        List<Adapter> adapters() throws IOException;

        /** The address the machine would send from to reach the local network, if it can tell without sending anything. */
        Optional<InetAddress> routeSource();
    }

    /** Adapters by name: containers, virtual machines' switches, tunnels. */
    private static final Pattern VIRTUAL_NAME = Pattern.compile(
            "^(docker|br-|veth|virbr|vboxnet|vmnet|lxcbr|lxdbr|cni|flannel|podman|bridge|tun|tap|wg|utun|ppp|ipsec|gpd|tailscale|zt).*");
    /** Adapters by what they say they are (Windows and macOS describe them). */
    private static final List<String> VIRTUAL_WORDS = List.of("vpn", "anyconnect", "tap-windows", "wireguard",
            "globalprotect", "pangp", "fortinet", "juniper", "virtualbox", "vmware", "hyper-v", "vethernet", "docker",
            "wsl", "tailscale", "zerotier", "loopback");
    /** Windows' mobile hotspot adapter (its connection is named "Local Area Connection* N"). */
    private static final Pattern WINDOWS_HOTSPOT = Pattern.compile(
            "(?i).*(wi-fi direct virtual adapter|local area connection\\* ?\\d+).*");

    private NetworkChoices() {
    }

    /** The choices on this machine; empty when it has no network at all. */
    public static List<NetworkChoice> onThisMachine() {
        return of(new RealMachine());
    }

    static List<NetworkChoice> of(Machine machine) {
        List<NetworkChoice> found = new ArrayList<>();
        List<Adapter> adapters;
        try {
            adapters = machine.adapters();
        } catch (IOException e) {
            return List.of();
        }
        for (Adapter adapter : adapters) {
            if (!adapter.up() || adapter.loopback()) {
                continue;
            }
            for (InetAddress address : adapter.addresses()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isAnyLocalAddress()) {
                    found.add(new NetworkChoice(address, label(adapter), kind(adapter, address), false));
                }
            }
        }
        Optional<InetAddress> pick = recommended(found, machine.routeSource());
        List<NetworkChoice> out = new ArrayList<>();
        for (NetworkChoice choice : found) {
            boolean chosen = pick.isPresent() && pick.get().equals(choice.address());
            out.add(new NetworkChoice(choice.address(), choice.adapter(), choice.kind(), chosen));
        }
        out.sort(Comparator.comparing((NetworkChoice c) -> !c.recommended()).thenComparing(NetworkChoice::kind));
        return Collections.unmodifiableList(out);
    }

    /** The route's address when it is a network phones can join; else the first local network; else a hotspot. */
    private static Optional<InetAddress> recommended(List<NetworkChoice> found, Optional<InetAddress> route) {
        for (NetworkChoice choice : found) {
            if (route.isPresent() && choice.address().equals(route.get()) && offerable(choice.kind())) {
                return route;
            }
        }
        for (NetworkChoice.Kind kind : List.of(NetworkChoice.Kind.LOCAL_NETWORK, NetworkChoice.Kind.HOTSPOT)) {
            for (NetworkChoice choice : found) {
                if (choice.kind() == kind) {
                    return Optional.of(choice.address());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean offerable(NetworkChoice.Kind kind) {
        return kind == NetworkChoice.Kind.LOCAL_NETWORK || kind == NetworkChoice.Kind.HOTSPOT;
    }

    static NetworkChoice.Kind kind(Adapter adapter, InetAddress address) {
        byte[] ip = address.getAddress();
        String name = adapter.name().toLowerCase(Locale.ROOT);
        String described = adapter.displayName().toLowerCase(Locale.ROOT);
        if (address.isLinkLocalAddress()) {
            return NetworkChoice.Kind.LINK_LOCAL;
        }
        boolean windowsHotspot = is(ip, 192, 168, 137, 1) || WINDOWS_HOTSPOT.matcher(adapter.displayName()).matches()
                || WINDOWS_HOTSPOT.matcher(adapter.name()).matches();
        boolean linuxHotspot = is(ip, 10, 42, 0, 1);
        boolean macHotspot = name.startsWith("bridge1") && is(ip, 192, 168, 2, 1);
        if (windowsHotspot || linuxHotspot || macHotspot) {
            return NetworkChoice.Kind.HOTSPOT;
        }
        if (VIRTUAL_NAME.matcher(name).matches() || VIRTUAL_WORDS.stream().anyMatch(described::contains)) {
            return NetworkChoice.Kind.VIRTUAL_OR_VPN;
        }
        return NetworkChoice.Kind.LOCAL_NETWORK;
    }

    private static boolean is(byte[] ip, int a, int b, int c, int d) {
        return ip.length == 4 && (ip[0] & 0xff) == a && (ip[1] & 0xff) == b && (ip[2] & 0xff) == c && (ip[3] & 0xff) == d;
    }

    private static String label(Adapter adapter) {
        return adapter.displayName().isBlank() ? adapter.name() : adapter.displayName();
    }

    /** The laptop itself, through {@link NetworkInterface}. */
    private static final class RealMachine implements Machine {
        /** Private addresses no one uses; "connecting" a UDP socket to one only looks up the route: nothing is sent. */
        private static final List<String> PROBES = List.of("10.254.254.254", "192.168.254.254");

        @Override
        public List<Adapter> adapters() throws IOException {
            List<Adapter> out = new ArrayList<>();
            for (NetworkInterface adapter : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                String display = adapter.getDisplayName() == null ? "" : adapter.getDisplayName();
                out.add(new Adapter(adapter.getName(), display, adapter.isUp(), adapter.isLoopback(),
                        Collections.list(adapter.getInetAddresses())));
            }
            return out;
        }

        @Override
        public Optional<InetAddress> routeSource() {
            for (String probe : PROBES) {
                try (DatagramSocket socket = new DatagramSocket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getByName(probe), 9));
                    InetAddress source = socket.getLocalAddress();
                    if (source != null && !source.isAnyLocalAddress() && !source.isLoopbackAddress()) {
                        return Optional.of(source);
                    }
                } catch (SocketException | java.net.UnknownHostException | java.io.UncheckedIOException e) {
                    // no route to that network: try the next, then fall back to the adapters' order
                }
            }
            return Optional.empty();
        }
    }
}
