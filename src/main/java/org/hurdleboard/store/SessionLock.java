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
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a second window or a second copy of the app (here or on another computer sharing the
 * drive) from opening a session file that is open for writing. An operating-system lock on a
 * small file beside the session: the system drops it when the app dies, so a crash never leaves
 * a file locked. The lock file says who holds it, for the message the other copy shows. A lock
 * file can be deleted or replaced (a sync tool, a tidy colleague): the writer also holds SQLite's
 * own write lock on the session between writes ({@link Connections#open}), so a copy that got
 * past this one still cannot write. (A lock on the session file itself would not hold: SQLite,
 * unlocking its own, unlocks every lock its process has on the file.)
 */
final class SessionLock implements AutoCloseable {
    /** The files this JVM holds, by the system's key for each: a second window is told at once. */
    private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object lockFileKey;
    private final Object sessionKey;

    private SessionLock(Path lockFile, FileChannel channel, FileLock lock, Object sessionKey) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.lockFileKey = fileKey(lockFile);
        this.sessionKey = sessionKey;
    }

    /**
     * Fails when this JVM already has the file open. Checked before anything reads the file:
     * closing any handle on a file drops every lock this process holds on it (POSIX).
     */
    static void requireNotOpenHere(Path session) throws SessionFileException {
        Object key = fileKey(session);
        if (key != null && HELD.contains(key)) {
            throw new SessionFileException(SessionFileException.Problem.LOCKED, session, holderLine().trim());
        }
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
            Object sessionKey = fileKey(session);
            if (sessionKey != null && !HELD.add(sessionKey)) {
                channel.close();
                throw new SessionFileException(SessionFileException.Problem.LOCKED, session, holderLine().trim());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderLine().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return Optional.of(new SessionLock(lockFile, channel, lock, sessionKey));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new SessionFileException(SessionFileException.Problem.LOCKED, session, holderLine().trim(), e);
        } catch (IOException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    /** Who the lock file beside a session says has it, or "?". */
    static String holderOf(Path session) {
        try (FileChannel channel = FileChannel.open(lockFileOf(session), StandardOpenOption.READ)) {
            return readHolder(channel);
        } catch (IOException e) {
            return "?";
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(300);
        channel.read(buffer, 0);
        String holder = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        // a lock file made again after the holder's was deleted says nothing of who holds it
        return holder.isEmpty() ? "?" : holder;
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

    /**
     * Removes the lock file while still holding the lock, so nobody locks a file about to vanish;
     * not when it is no longer ours (deleted and made again by someone else).
     */
    @Override
    public void close() {
        try {
            if (lockFileKey == null || lockFileKey.equals(fileKey(lockFile))) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException ignored) {
            // a leftover lock file without a lock is harmless: the next open takes it over
        }
        if (sessionKey != null) {
            HELD.remove(sessionKey);
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
