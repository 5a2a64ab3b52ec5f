package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class RoundKeysTest {
    private final RoundKeys keys = new RoundKeys();

    @Test
    void theTokenIsAtLeast128RandomBitsInAUrlSafeForm() {
        assertThat(keys.token()).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(keys.token()).length * 8).isGreaterThanOrEqualTo(128);
        assertThat(new RoundKeys().token()).isNotEqualTo(keys.token());
    }

    @Test
    void theRoomCodeIsTypedAsReadWithoutRegardToCaseOrSpaces() {
        assertThat(keys.roomCode()).hasSize(6).doesNotContainPattern("[01OIL]");
        String typed = " " + keys.roomCode().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + " "
                + keys.roomCode().substring(3) + " ";
        assertThat(keys.isRoomCode(typed)).isTrue();
        assertThat(keys.isRoomCode(null)).isFalse();
        assertThat(keys.isRoomCode(keys.roomCode() + "2")).isFalse();
    }

    @Test
    void onlyBallotIdsThisOpeningMadeAreAccepted() {
        String id = keys.newBallotId();
        assertThat(keys.checkBallotId(id)).hasValue(id);
        assertThat(keys.newBallotId()).isNotEqualTo(id);
        String random = id.substring(0, id.indexOf('.'));
        assertThat(keys.checkBallotId(random)).isEmpty();
        assertThat(keys.checkBallotId(random + ".AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        // one character changed: 'x' for another unless the id already starts with it (1 run in 64)
        String changed = (id.charAt(0) == 'x' ? "y" : "x") + id.substring(1);
        assertThat(keys.checkBallotId(changed)).isEmpty();
        assertThat(new RoundKeys().checkBallotId(id)).isEmpty();
    }
}
