package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChimeTest {
    @Test
    void theChimeIsAudibleShortAndNeverClips() {
        byte[] tone = Chime.tone();
        int loudest = 0;
        for (int i = 0; i < tone.length; i += 2) {
            int sample = (short) ((tone[i] & 0xff) | (tone[i + 1] << 8));
            loudest = Math.max(loudest, Math.abs(sample));
        }
        double seconds = tone.length / 2.0 / 22_050;
        assertThat(seconds).isBetween(0.3, 1.0);
        assertThat(loudest).isGreaterThan(Short.MAX_VALUE / 5).isLessThan(Short.MAX_VALUE / 2);
    }
}
