package org.hurdleboard.phone;

import java.net.URI;
import java.util.Objects;

/**
 * The ballot link as a QR code: a square of dark and light modules, with the four-module quiet
 * zone a camera needs already around it, for the room's screen to draw in any toolkit. Medium
 * error correction (15%) reads well off a projector and stays small for a link of ~60 characters.
 */
public final class QrCode {
    /** Light modules on each side, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    public static QrCode of(URI link) {
        Objects.requireNonNull(link, "link");
        io.nayuki.qrcodegen.QrCode code = io.nayuki.qrcodegen.QrCode.encodeText(link.toString(),
                io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        boolean[][] modules = new boolean[size][size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                modules[y + QUIET_ZONE][x + QUIET_ZONE] = code.getModule(x, y);
            }
        }
        return new QrCode(modules);
    }

    /** Modules along one side, the quiet zone included. */
    public int size() {
        return dark.length;
    }

    /** Whether the module in column {@code x}, row {@code y} (from the top left, quiet zone included) is dark. */
    public boolean isDark(int x, int y) {
        return dark[y][x];
    }
}
