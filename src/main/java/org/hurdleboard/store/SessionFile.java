package org.hurdleboard.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hurdleboard.domain.Applied;
import org.hurdleboard.domain.PhoneKeys;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.store.SessionFileException.Problem;

/**
 * One open {@code .hurdles} file and the session in it. Every change applied to the session is
 * committed to the file in order, on a single writer thread, so the thread that changed the
 * session (the FX thread) never waits on the disk. Changes that arrive while a commit is under
 * way go into the next one together: a commit waits for the disk (four flushes, tens of
 * milliseconds on a USB stick), and a room voting at once must not wait for one commit per vote.
 */
public final class SessionFile implements AutoCloseable, PhoneKeys.Safe {
    public static final String EXTENSION = ".hurdles";
    /** The layout version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = Schema.CURRENT_VERSION;
    /** At most this many changes in one commit, so one transaction's journal stays small. */
    static final int MOST_CHANGES_PER_COMMIT = 500;

    /** Hears how each write went, on the writer thread. */
    public interface WriteListener {
        void written(SessionChange change);

        void failed(SessionChange change, WriteProblem problem, Exception error);
    }

    private static final WriteListener IGNORE = new WriteListener() {
        @Override
        public void written(SessionChange change) {
        }

        @Override
        public void failed(SessionChange change, WriteProblem problem, Exception error) {
        }
    };

    private final Path path;
    private final String uid;
    private final Session session;
    /** Null for a read-only session: nothing is ever written. */
    private final Connection connection;
    private final SessionLock lock;
    private final ExecutorService writer;
    private final Consumer<Applied> saveEachChange = this::save;
    /** Changes made and not yet taken by the writer, oldest first. */
    private final Queue<Applied> unwritten = new ConcurrentLinkedQueue<>();
    /** The rounds' keys when the file cannot keep them (read-only, or writes stopped): this run only. */
    private final Map<Integer, PhoneKeys> keysInMemory = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile WriteListener writeListener = IGNORE;
    /** What stopped the writes, once one has failed; null while every write has worked. */
    private volatile WriteProblem stoppedBy;
    /** SQLite's count of commits by other connections, as this one last saw it (writer thread only). */
    private long dataVersion;
    private boolean closed;

    private SessionFile(Path path, String uid, Session session, Connection connection, SessionLock lock,
                        long dataVersion) {
        this.path = path;
        this.uid = uid;
        this.session = session;
        this.connection = connection;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "session-writer " + path.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        if (connection != null) {
            session.addListener(saveEachChange);
        }
    }

    /**
     * Writes a new session file. It is built beside the target under a temporary name and moved
     * into place when complete, so a half-written file never carries the real name, and an
     * existing file is never replaced. The session's undo history goes with it, so "Save a
     * copy" of a session whose own file has failed keeps everything.
     */
    public static SessionFile create(Path path, Session session) throws SessionFileException {
        requireDatabaseLibrary(path);
        if (Files.exists(path)) {
            throw new SessionFileException(Problem.ALREADY_EXISTS, path, "");
        }
        Path partial = path.resolveSibling(path.getFileName() + ".part");
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            deleteWithJournal(partial);
            // a journal left by a file deleted after a crash would be rolled back into the new file
            Files.deleteIfExists(journalOf(path));
            try (Connection connection = Connections.open(partial, true)) {
                Schema.create(connection);
                SessionTables.insert(connection, session, AppVersion.NAME_AND_VERSION);
                connection.commit();
            }
            // no REPLACE_EXISTING: a file that appeared meanwhile makes this fail, not vanish
            Files.move(partial, path);
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(partial);
            throw new SessionFileException(Problem.ALREADY_EXISTS, path, "", e);
        } catch (IOException | SQLException e) {
            deleteQuietly(partial);
            throw new SessionFileException(Problem.CANNOT_WRITE, path, IoReasons.of(e), e);
        }
        return open(path, null);
    }

    /**
     * Deletes a session file that is not open, with its rollback journal if a crash left one; for
     * files the app owns, such as the demo.
     */
    public static void delete(Path path) throws IOException {
        deleteWithJournal(path);
    }

    private static void deleteWithJournal(Path path) throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(journalOf(path));
    }

    private static Path journalOf(Path path) {
        return path.resolveSibling(path.getFileName() + "-journal");
    }

    /** "Team day" for "…/Team day.hurdles". */
    public static String nameWithoutExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /** The path, or the first of "name (2).hurdles", "name (3).hurdles"... that is free. */
    public static Path firstFreePath(Path wanted) {
        if (!Files.exists(wanted)) {
            return wanted;
        }
        String stem = nameWithoutExtension(wanted);
        for (int n = 2; n < 10_000; n++) {
            Path candidate = wanted.resolveSibling(stem + " (" + n + ")" + EXTENSION);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
        return wanted;
    }

    /** Opens a session file without taking a backup; see {@link #open(Path, Backups)}. */
    public static SessionFile open(Path path) throws SessionFileException {
        return open(path, null);
    }

    /**
     * Opens a session file after checking, in order, that it is one this app can use; upgrades
     * a file from an earlier version; takes a backup into {@code backups} (if given). A file or
     * folder the app cannot write to opens read-only.
     */
    public static SessionFile open(Path path, Backups backups) throws SessionFileException {
        // before anything reads the file: closing a file this process has locked drops the lock
        SessionLock.requireNotOpenHere(path);
        FileIdentity.requireSqliteFile(path);
        requireDatabaseLibrary(path);
        Path folder = path.toAbsolutePath().getParent();
        // the journal is made beside the file: a read-only folder makes the file read-only too
        if (!Files.isWritable(path) || folder == null || !Files.isWritable(folder)) {
            return openReadOnly(path);
        }
        SessionLock lock = SessionLock.acquire(path).orElse(null);
        Connection connection = null;
        try {
            connection = Connections.open(path, false);
            int version = FileIdentity.check(connection, path, "quick_check");
            if (version < Schema.CURRENT_VERSION) {
                Schema.upgrade(connection, version);
            }
            Session session = SessionTables.load(connection);
            connection.commit();
            if (backups != null) {
                takeBackup(backups, connection, path);
            }
            return new SessionFile(path, SessionTables.uid(connection), session, connection, lock,
                    dataVersion(connection));
        } catch (SessionFileException e) {
            rollbackAndClose(connection, lock);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollbackAndClose(connection, lock);
            if (WriteProblem.of(e) == WriteProblem.LOCKED) {
                // another copy holds SQLite's write lock on it (its lock file deleted?): busy, not damaged
                throw new SessionFileException(Problem.LOCKED, path, SessionLock.holderOf(path), e);
            }
            throw new SessionFileException(Problem.DAMAGED, path, Damage.describe(e), e);
        }
    }

    /**
     * SQLite's count of commits made by other connections since this one opened the file. The
     * writer holds SQLite's write lock between writes ({@link Connections#open}), so no other
     * copy can commit; on a drive that cannot lock, a count that moved stops this copy's writes
     * before they overwrite what the other saved.
     */
    private static long dataVersion(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement()) {
            try (ResultSet row = query.executeQuery("SELECT count(*) FROM session")) {
                row.next();
            }
            try (ResultSet row = query.executeQuery("PRAGMA data_version")) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Opens a session to look at, never to change: changes made to it are kept in memory only.
     * An older file is upgraded in a temporary copy, since the file itself must not change.
     */
    public static SessionFile openReadOnly(Path path) throws SessionFileException {
        Contents contents = read(path, false);
        return new SessionFile(path, contents.uid(), contents.session(), null, null, 0);
    }

    /** A session file's layout version and its contents, as a read-only look found them. */
    public record Contents(int formatVersion, Session session, String uid) {
    }

    /**
     * Reads a session file without changing it, for reports and checks: a read-only connection
     * and no writer, after the same checks as {@link #open}; {@code fullCheck} runs SQLite's full
     * {@code integrity_check} instead of the quick one. An older file is upgraded in a temporary
     * copy. The file may be read-only.
     */
    public static Contents read(Path path, boolean fullCheck) throws SessionFileException {
        FileIdentity.requireSqliteFile(path);
        requireDatabaseLibrary(path);
        try {
            Session session;
            int version;
            String uid;
            try (Connection connection = Connections.openReadOnly(path)) {
                version = FileIdentity.check(connection, path, fullCheck ? "integrity_check" : "quick_check");
                session = version == Schema.CURRENT_VERSION ? SessionTables.load(connection) : null;
                uid = version >= 2 ? SessionTables.uid(connection) : "";
            }
            if (session == null) {
                // upgraded in memory: nothing is written beside the file or in the temporary folder
                try (Connection connection = Connections.inMemoryCopy(path)) {
                    Schema.upgrade(connection, version);
                    session = SessionTables.load(connection);
                    connection.rollback();
                }
            }
            return new Contents(version, session, uid);
        } catch (IOException e) {
            throw new SessionFileException(Problem.UNREADABLE, path, "", e);
        } catch (SQLException | RuntimeException e) {
            if (WriteProblem.of(e) == WriteProblem.LOCKED) {
                throw new SessionFileException(Problem.LOCKED, path, "", e);
            }
            throw new SessionFileException(Problem.DAMAGED, path, Damage.describe(e), e);
        }
    }

    /** A library that cannot run here is not a damaged file: say which it is. */
    private static void requireDatabaseLibrary(Path path) throws SessionFileException {
        if (DatabaseLibrary.problem().isPresent()) {
            throw new SessionFileException(Problem.NO_DATABASE_LIBRARY, path, DatabaseLibrary.unpackFolder());
        }
    }

    /** A backup that fails must not stop the workshop: the file itself is fine. */
    private static void takeBackup(Backups backups, Connection connection, Path path) {
        try {
            connection.setAutoCommit(true);
            backups.take(connection, SessionTables.uid(connection), path);
        } catch (IOException | SQLException e) {
            System.getLogger("hurdleboard").log(System.Logger.Level.WARNING, "no backup of " + path, e);
        } finally {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException ignored) {
                // the next write reports a connection that went wrong
            }
        }
    }

    public Path path() {
        return path;
    }

    public Session session() {
        return session;
    }

    /** The identity that follows the file through copies, moves and renames (its backups are kept under it). */
    public String uid() {
        return uid;
    }

    /** True when the file or its folder cannot be written: the session is shown, never saved. */
    public boolean isReadOnly() {
        return connection == null;
    }

    public void setWriteListener(WriteListener listener) {
        this.writeListener = listener == null ? IGNORE : listener;
    }

    private void save(Applied applied) {
        unwritten.add(applied);
        try {
            // one task per change, so the tasks outnumber the changes and none is left behind
            writer.execute(this::writeWaiting);
        } catch (RejectedExecutionException e) {
            // a change after close() cannot reach the file; say so rather than drop it silently
            if (unwritten.remove(applied)) {
                writeListener.failed(applied.change(), WriteProblem.OTHER, e);
            }
        }
    }

    /** Commits every change waiting (none when an earlier task took them with its own). */
    private void writeWaiting() {
        List<Applied> changes = new ArrayList<>();
        for (Applied next; changes.size() < MOST_CHANGES_PER_COMMIT && (next = unwritten.poll()) != null; ) {
            changes.add(next);
        }
        if (!changes.isEmpty()) {
            write(changes);
        }
    }

    private void write(List<Applied> changes) {
        if (stoppedBy != null) {
            changes.forEach(applied -> writeListener.failed(applied.change(), stoppedBy,
                    new IOException("writes stopped after a failure")));
            return;
        }
        try {
            if (dataVersion(connection) != dataVersion) {
                throw new WriteProblem.ChangedElsewhere();
            }
            for (Applied applied : changes) {
                SessionTables.apply(connection, applied);
            }
            RowChecks.sealTables(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            // the file is now behind the session: writing later changes would leave a gap in the
            // undo history it keeps, so it takes no more, and "Save a copy" writes the whole session
            stoppedBy = WriteProblem.of(e);
            changes.forEach(applied -> writeListener.failed(applied.change(), stoppedBy, e));
            return;
        }
        changes.forEach(applied -> writeListener.written(applied.change()));
    }

    /**
     * The round's phone keys as the file keeps them, made and committed (on the writer thread, in
     * order with the writes) the first time a round open to phones asks. A file that cannot keep
     * them gives keys for this run only: phones still vote, but not across a restart.
     */
    @Override
    public PhoneKeys keysFor(int roundId, java.util.function.Supplier<PhoneKeys> fresh) {
        PhoneKeys inMemory = keysInMemory.get(roundId);
        // read even after a failed write: keys already in the file are the ones the room has
        return inMemory != null ? inMemory : onWriterOr(false,
                connection -> PhoneKeyRows.keysFor(connection, roundId, fresh),
                () -> keysInMemory.computeIfAbsent(roundId, round -> fresh.get()));
    }

    @Override
    public void usedPort(int roundId, int port) {
        keysInMemory.computeIfPresent(roundId, (round, keys) -> keys.withPort(port));
        onWriterOr(true, connection -> {
            PhoneKeyRows.usedPort(connection, roundId, port);
            return null;
        }, () -> null);
    }

    /**
     * "Save a copy" and carry on in it: the open rounds' keys go to the copy and are deleted here,
     * so one file at a time can open a round with its keys (the room's link goes on working in the
     * copy; this file, opened again, makes new ones). A file that can no longer be written keeps
     * its own, but it is closed, and the copy is the one the facilitator carries on in.
     */
    public void movePhoneKeysTo(SessionFile copy) {
        Map<Integer, PhoneKeys> keys = new java.util.TreeMap<>(onWriterOr(false, PhoneKeyRows::all, Map::of));
        keysInMemory.forEach(keys::putIfAbsent);
        if (keys.isEmpty()) {
            return;
        }
        copy.onWriterOr(true, connection -> {
            PhoneKeyRows.keepAll(connection, keys);
            return null;
        }, () -> {
            copy.keysInMemory.putAll(keys);
            return null;
        });
        keysInMemory.clear();
        onWriterOr(true, connection -> {
            PhoneKeyRows.delete(connection, null);
            RowChecks.sealTables(connection);
            connection.commit();
            return null;
        }, () -> null);
    }

    /**
     * Runs SQL on the writer thread, in order with the writes, and waits for it; {@code otherwise}
     * when it fails, or (when it {@code writes}) when the file takes no writes.
     */
    private <T> T onWriterOr(boolean writes, SqlQuery<T> work, java.util.function.Supplier<T> otherwise) {
        if (connection == null || writes && stoppedBy != null) {
            return otherwise.get();
        }
        try {
            return writer.submit(() -> {
                try {
                    // a file another copy wrote to takes nothing more from this one (see write)
                    return writes && dataVersion(connection) != dataVersion ? otherwise.get() : work.run(connection);
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly();
                    return otherwise.get();
                }
            }).get();
        } catch (java.util.concurrent.ExecutionException | RejectedExecutionException e) {
            return otherwise.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise.get();
        }
    }

    private interface SqlQuery<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Why the file takes no more writes, once one has failed; empty while they all work. */
    public Optional<WriteProblem> writesStopped() {
        return Optional.ofNullable(stoppedBy);
    }

    /** Runs SQL on the writer thread, in order with the writes; for tests that stage a failure. */
    void onWriter(SqlWork work) throws Exception {
        writer.submit(() -> {
            work.run(connection);
            return null;
        }).get();
    }

    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Waits until every change made so far is in the file. */
    public void flush() throws InterruptedException {
        if (!writer.isShutdown()) {
            try {
                writer.submit(() -> { }).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Writes what is pending, then closes the file. Changes made after this are not saved. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.removeListener(saveEachChange);
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the write failure is what gets reported
        }
    }

    private static void rollbackAndClose(Connection connection, SessionLock lock) {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // closing without commit rolls back as well
            }
        }
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do with a connection that will not close
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            deleteWithJournal(file);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and is replaced next time
        }
    }
}
