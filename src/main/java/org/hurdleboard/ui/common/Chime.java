package org.hurdleboard.ui.common;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A soft three-note chime for "time's up", made on the spot (no sound file to ship). It plays on
 * its own thread, so the board never waits for the sound card; a laptop without sound (or a
 * remote desktop without audio) simply stays quiet.
 */
public final class Chime {
    private static final float RATE = 22_050f;
    private static final double[] NOTES_HZ = {659.25, 783.99, 1046.50};
    private static final double NOTE_SECONDS = 0.22;
    private static final double VOLUME = 0.35;

    private Chime() {
    }

    public static void play() {
        Thread player = new Thread(Chime::playNow, "hurdleboard-chime");
        player.setDaemon(true);
        player.start();
    }

    private static void playNow() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        byte[] sound = tone();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(sound, 0, sound.length);
            line.drain();
        } catch (LineUnavailableException | RuntimeException e) {
            System.getLogger("hurdleboard").log(System.Logger.Level.INFO, "no sound for the timer", e);
        }
    }

    /** The chime as 16-bit little-endian mono samples: each note rises quickly and fades out. */
    static byte[] tone() {
        int perNote = (int) (RATE * NOTE_SECONDS);
        byte[] samples = new byte[perNote * NOTES_HZ.length * 2];
        int at = 0;
        for (double frequency : NOTES_HZ) {
            for (int i = 0; i < perNote; i++) {
                double t = i / (double) RATE;
                double envelope = Math.min(1, i / (RATE * 0.01)) * Math.exp(-4.0 * i / perNote);
                short value = (short) (Math.sin(2 * Math.PI * frequency * t) * envelope * VOLUME * Short.MAX_VALUE);
                samples[at++] = (byte) value;
                samples[at++] = (byte) (value >> 8);
            }
        }
        return samples;
    }
}
