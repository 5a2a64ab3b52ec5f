package org.hurdleboard.ui.phones;

import java.util.ArrayList;
import java.util.List;
import org.hurdleboard.phone.NetworkChoice;

/**
 * What the facilitator is told about the network, in plain words: no local network (use the
 * laptop's hotspot), a server that could not start, and, until a phone has reached the laptop, the
 * two things that most often keep phones out: the firewall and guest Wi-Fi. Bundle keys, in order.
 */
final class NetworkDoctor {
    private NetworkDoctor() {
    }

    static List<String> advice(List<NetworkChoice> choices, NetworkChoice chosen, boolean serverFailed,
                               int phonesReached) {
        List<String> keys = new ArrayList<>();
        if (serverFailed) {
            keys.add("phones.doctor.failed");
        }
        if (choices.isEmpty()) {
            keys.add("phones.doctor.noNetwork");
            return keys;
        }
        if (chosen != null && chosen.kind() == NetworkChoice.Kind.HOTSPOT) {
            keys.add("phones.doctor.hotspot");
        }
        if (phonesReached == 0) {
            keys.add("phones.doctor.firewall");
            keys.add("phones.doctor.guest");
        }
        return keys;
    }
}
