package org.hurdleboard.ui.phones;

/** The modules of a QR code, its quiet zone included: what the room's screen draws. */
public interface QrMatrix {
    int size();

    boolean isDark(int x, int y);

    /** Makes the matrix of a link; the app's draws the phone server's QR code. */
    interface Maker {
        QrMatrix of(String link);
    }
}
