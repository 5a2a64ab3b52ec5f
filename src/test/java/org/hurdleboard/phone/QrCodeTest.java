package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A phone's camera reads the code on the room's screen back to the ballot link. */
class QrCodeTest {
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void aReaderDecodesTheCodeBackToTheBallotLink() throws Exception {
        URI link = URI.create("http://192.168.137.1:8123/v/Mou8snRXzzFZVMrCronxxNOl65sgXO-u");
        QrCode code = QrCode.of(link);
        assertThat(read(code)).isEqualTo(link.toString());
    }

    @Test
    void theCodeHasItsQuietZoneOfLightModules() {
        QrCode code = QrCode.of(URI.create("http://10.42.0.1:8123/v/abc"));
        for (int i = 0; i < code.size(); i++) {
            for (int edge = 0; edge < QrCode.QUIET_ZONE; edge++) {
                assertThat(code.isDark(i, edge) || code.isDark(edge, i) || code.isDark(i, code.size() - 1 - edge)
                        || code.isDark(code.size() - 1 - edge, i)).isFalse();
            }
        }
        assertThat(code.isDark(QrCode.QUIET_ZONE, QrCode.QUIET_ZONE)).as("the finder pattern's corner").isTrue();
    }

    private static String read(QrCode code) throws Exception {
        int side = code.size() * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = code.isDark(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
