package org.catalogchat.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback kept in an SQLite file (through sqlite-jdbc). Writes go through one background thread and a bounded
 * queue: a request only hands its feedback over, so no answer or feedback request ever waits on the disk, and a
 * flood is refused ({@link #submit} returns false) rather than piling up in memory.
 *
 * <pre>{@code
 * try (FeedbackStore store = FeedbackStore.open(FeedbackStore.besideCatalog(Path.of("seeds")))) {
 *     store.submit(feedback);
 *     store.exportJsonLines(writer); // one JSON object per line, oldest first
 * }
 * }</pre>
 */
public final class FeedbackStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedbackStore.class);
    /** The file a folder catalog keeps its feedback in. */
    public static final String FOLDER_FILE = ".catalog-chat-feedback.db";
    private static final int QUEUE = 1000;

    private final Path file;
    private final Connection writer;
    private final ObjectMapper json = new ObjectMapper();
    private final ThreadPoolExecutor writes = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "feedback-writer");
                t.setDaemon(true);
                return t;
            });

    private FeedbackStore(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Where feedback goes by default: beside the catalog, as its persisted embeddings do. */
    public static Path besideCatalog(Path catalog) {
        Path abs = catalog.toAbsolutePath();
        return Files.isDirectory(abs) ? abs.resolve(FOLDER_FILE) : abs.resolveSibling(abs.getFileName() + ".feedback.db");
    }

    /** Opens (creating if need be) the database file and its table. */
    public static FeedbackStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                // WAL: the export reads while the writer writes, neither waiting for the other.
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS feedback (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          at TEXT NOT NULL,
                          rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
                          comment TEXT NOT NULL,
                          question TEXT NOT NULL,
                          answer TEXT NOT NULL,
                          sources TEXT NOT NULL,
                          catalog_version TEXT NOT NULL,
                          conversation_id TEXT)""");
            }
            return new FeedbackStore(file, c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open the feedback database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Queues one feedback for writing; false when the queue is full (or the store closed). */
    public boolean submit(Feedback f) {
        try {
            writes.execute(() -> insert(f));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void insert(Feedback f) {
        try (PreparedStatement p = writer.prepareStatement("INSERT INTO feedback (at, rating, comment, question, answer,"
                + " sources, catalog_version, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, f.at().toString());
            p.setString(2, f.rating());
            p.setString(3, f.comment());
            p.setString(4, f.question());
            p.setString(5, f.answer());
            p.setString(6, json.writeValueAsString(f.sources()));
            p.setString(7, f.catalogVersion());
            p.setString(8, f.conversationId());
            p.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            log.error("feedback not saved to {}", file, e);
        }
    }

    /** Waits (up to {@code millis}) until everything submitted so far is written. */
    public boolean flush(long millis) {
        try {
            writes.submit(() -> { }).get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException | TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Everything stored, oldest first. */
    public List<Feedback> all() {
        var out = new ArrayList<Feedback>();
        forEach(out::add);
        return out;
    }

    /**
     * Writes every stored feedback as JSON Lines, oldest first: {@code {"id", "at", "rating", "comment",
     * "question", "answer", "sources", "catalogVersion", "conversationId"}}. Waits briefly for queued writes first,
     * so an export includes what was accepted before it.
     */
    public void exportJsonLines(Writer out) {
        flush(2000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, at, rating, comment, question, answer, sources, catalog_version,"
                     + " conversation_id FROM feedback ORDER BY id")) {
            while (r.next()) {
                var m = new LinkedHashMap<String, Object>();
                m.put("id", r.getLong(1));
                m.put("at", r.getString(2));
                m.put("rating", r.getString(3));
                m.put("comment", r.getString(4));
                m.put("question", r.getString(5));
                m.put("answer", r.getString(6));
                m.put("sources", json.readTree(r.getString(7)));
                m.put("catalogVersion", r.getString(8));
                m.put("conversationId", r.getString(9));
                out.write(json.writeValueAsString(m));
                out.write('\n');
            }
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the feedback database " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forEach(java.util.function.Consumer<Feedback> sink) {
        flush(2000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT at, rating, comment, question, answer, sources, catalog_version,"
                     + " conversation_id FROM feedback ORDER BY id")) {
            while (r.next()) {
                List<String> sources = new ArrayList<>();
                json.readTree(r.getString(6)).forEach(n -> sources.add(n.asText()));
                sink.accept(new Feedback(Instant.parse(r.getString(1)), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), sources, r.getString(7), r.getString(8)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the feedback database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes what is queued, then closes the file. */
    @Override
    public void close() {
        writes.shutdown();
        try {
            if (!writes.awaitTermination(5, TimeUnit.SECONDS)) log.warn("feedback still queued at close was dropped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            writer.close();
        } catch (SQLException e) {
            log.warn("closing the feedback database: {}", e.getMessage());
        }
    }
}
