package org.hurdleboard.phone;

import java.net.InetAddress;

/**
 * One address the laptop could offer phones, as the network doctor sees it. {@code adapter} is
 * the adapter's display name; {@code recommended} marks the one the app picks by itself (a route,
 * never loopback, link-local 169.254.x.x, docker or VPN adapters). The server lane lists them
 * ({@code NetworkChoices}); the facilitator's dialog shows them and lets the facilitator choose.
 */
public record NetworkChoice(InetAddress address, String adapter, Kind kind, boolean recommended) {
    public enum Kind { LOCAL_NETWORK, HOTSPOT, VIRTUAL_OR_VPN, LINK_LOCAL }
}
