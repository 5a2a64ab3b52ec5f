package org.hurdleboard.ui.flows;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.hurdleboard.domain.Session;
import org.hurdleboard.store.SessionFile;
import org.testfx.api.FxRobot;

/** What the phone flows read: the projector's content, the link its QR code draws, the file as saved. */
final class PhoneFlows {
    private PhoneFlows() {
    }

    static Parent room(FxRobot robot) {
        return robot.lookup("#projectorRoot").queryAs(Parent.class);
    }

    /** The ballot link the room's QR code draws, as a phone's camera reads it; null while none is shown. */
    static String linkOnProjector(FxRobot robot) {
        return robot.from(room(robot)).lookup("#phonesRoomQr").tryQuery()
                .filter(Node::isVisible).map(qr -> (String) qr.getUserData()).orElse(null);
    }

    static String text(FxRobot robot, Parent in, String id) {
        return robot.from(in).lookup(id).queryAs(Labeled.class).getText();
    }

    /** The file as a second look reads it; null while it cannot be read (being closed). */
    static Session saved(Path file) {
        try {
            return SessionFile.read(file, false).session();
        } catch (Exception e) {
            return null;
        }
    }
}
