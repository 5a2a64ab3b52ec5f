package org.hurdleboard.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Keeps a second window or a second copy of the app (here or on another computer sharing the
 * drive) from writing to a session file that is open. An operating-system lock on a small file
 * beside the session: the system drops it when the app dies, so a crash never leaves a file
 * locked. The lock file says who holds it, for the message the other copy shows.
 */
final class SessionLock implements AutoCloseable {
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path session) {
        return session.resolveSibling(session.getFileName() + ".lock");
    }

    /**
     * Takes the lock, or says who holds it. Where the drive cannot lock at all, opens without a
     * lock rather than not at all: a facilitator must be able to run the workshop.
     */
    static Optional<SessionLock> acquire(Path session) throws SessionFileException {
        Path lockFile = lockFileOf(session);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new SessionFileException(SessionFileException.Problem.LOCKED, session, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderLine().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return Optional.of(new SessionLock(lockFile, channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new SessionFileException(SessionFileException.Problem.LOCKED, session, holderLine().trim(), e);
        } catch (IOException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(300);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    private static String holderLine() {
        String since = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
        return System.getProperty("user.name", "?") + " @ " + hostName() + ", " + since + "\n";
    }

    /** From the environment, not InetAddress: asking for the host name can query DNS, and the app never uses the network. */
    private static String hostName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
        }
        try {
            return Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).trim();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Removes the lock file while still holding the lock, so nobody locks a file about to vanish. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a leftover lock file without a lock is harmless: the next open takes it over
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
