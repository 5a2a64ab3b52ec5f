package org.hurdleboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.store.SessionFileException.Problem;

/**
 * One open {@code .hurdles} file and the session in it. Every change applied to the session is
 * committed to the file in its own transaction, in order, on a single writer thread, so the
 * thread that changed the session (the FX thread) never waits on the disk.
 */
public final class SessionFile implements AutoCloseable {
    public static final String EXTENSION = ".hurdles";
    /** The layout version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = Schema.CURRENT_VERSION;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

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
    private final Session session;
    private final Connection connection;
    private final ExecutorService writer;
    private final Consumer<SessionChange> saveEachChange = this::save;
    private volatile WriteListener writeListener = IGNORE;
    private boolean closed;

    private SessionFile(Path path, Session session, Connection connection) {
        this.path = path;
        this.session = session;
        this.connection = connection;
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "session-writer " + path.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        session.addListener(saveEachChange);
    }

    /**
     * Writes a new session file. It is built beside the target under a temporary name and moved
     * into place when complete, so a half-written file never carries the real name, and an
     * existing file is never replaced.
     */
    public static SessionFile create(Path path, Session session) throws SessionFileException {
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
            throw new SessionFileException(Problem.CANNOT_WRITE, path, e.getMessage(), e);
        }
        return open(path);
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

    /** The path, or the first of "name (2).hurdles", "name (3).hurdles"... that is free. */
    public static Path firstFreePath(Path wanted) {
        if (!Files.exists(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        String stem = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        for (int n = 2; n < 10_000; n++) {
            Path candidate = wanted.resolveSibling(stem + " (" + n + ")" + EXTENSION);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
        return wanted;
    }

    /** Opens a session file after checking, in order, that it is one this app can use. */
    public static SessionFile open(Path path) throws SessionFileException {
        requireSqliteFile(path);
        if (!Files.isWritable(path)) {
            throw new SessionFileException(Problem.READ_ONLY, path, "");
        }
        Connection connection = null;
        try {
            connection = Connections.open(path, false);
            checkIdentity(connection, path, "quick_check");
            Session session = SessionTables.load(connection);
            connection.commit();
            return new SessionFile(path, session, connection);
        } catch (SessionFileException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new SessionFileException(Problem.DAMAGED, path, e.getMessage(), e);
        }
    }

    /** A session file's layout version and its contents, as a read-only look found them. */
    public record Contents(int formatVersion, Session session) {
    }

    /**
     * Reads a session file without changing it, for reports and checks: a read-only connection
     * and no writer, after the same checks as {@link #open}; {@code fullCheck} runs SQLite's full
     * {@code integrity_check} instead of the quick one. The file may be read-only.
     */
    public static Contents read(Path path, boolean fullCheck) throws SessionFileException {
        requireSqliteFile(path);
        Connection connection = null;
        try {
            connection = Connections.openReadOnly(path);
            int version = checkIdentity(connection, path, fullCheck ? "integrity_check" : "quick_check");
            Session session = SessionTables.load(connection);
            return new Contents(version, session);
        } catch (SessionFileException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw new SessionFileException(Problem.DAMAGED, path, e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void requireSqliteFile(Path path) throws SessionFileException {
        if (!Files.exists(path)) {
            throw new SessionFileException(Problem.MISSING, path, "");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SessionFileException(Problem.UNREADABLE, path, "");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new SessionFileException(Problem.NOT_SQLITE, path, "");
            }
        } catch (IOException e) {
            throw new SessionFileException(Problem.UNREADABLE, path, e.getMessage(), e);
        }
    }

    /** Returns the file's layout version. */
    private static int checkIdentity(Connection connection, Path path, String check) throws SQLException,
            SessionFileException {
        if (pragmaInt(connection, "application_id") != Schema.APPLICATION_ID) {
            throw new SessionFileException(Problem.NOT_A_SESSION, path, "");
        }
        int version = pragmaInt(connection, "user_version");
        if (version > Schema.CURRENT_VERSION) {
            throw new SessionFileException(Problem.NEWER_VERSION, path, String.valueOf(version));
        }
        if (version < 1) {
            throw new SessionFileException(Problem.NOT_A_SESSION, path, "");
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + check)) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new SessionFileException(Problem.DAMAGED, path, verdict);
            }
        }
        return version;
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    public Path path() {
        return path;
    }

    public Session session() {
        return session;
    }

    public void setWriteListener(WriteListener listener) {
        this.writeListener = listener == null ? IGNORE : listener;
    }

    private void save(SessionChange change) {
        try {
            writer.execute(() -> write(change));
        } catch (RejectedExecutionException e) {
            // a change after close() cannot reach the file; say so rather than drop it silently
            writeListener.failed(change, WriteProblem.OTHER, e);
        }
    }

    private void write(SessionChange change) {
        try {
            SessionTables.apply(connection, change);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            writeListener.failed(change, WriteProblem.of(e), e);
            return;
        }
        writeListener.written(change);
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
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the write failure is what gets reported
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
        try {
            deleteWithJournal(file);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and is replaced next time
        }
    }
}
