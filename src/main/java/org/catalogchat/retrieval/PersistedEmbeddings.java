package org.catalogchat.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chunk embeddings saved next to the catalog, keyed by the SHA-256 of each chunk's text, so a restart embeds
 * only the chunks that are new or changed. The file names its model; a file written by another model, another
 * format version, or cut short or altered (CRC32C over the whole file) is ignored and rewritten. Writes go to a
 * temporary file that is then moved over the old one, so a crash mid-write leaves the previous index intact.
 *
 * <pre>{@code
 * var persisted = PersistedEmbeddings.besideCatalog(Path.of("seeds"), "all-MiniLM-L6-v2");
 * PersistedEmbeddings.Result r = persisted.embedAll(segments, model);
 * r.embeddings(); // one per segment, in order
 * r.embedded();   // how many the model had to compute
 * }</pre>
 */
public final class PersistedEmbeddings {
    private static final Logger log = LoggerFactory.getLogger(PersistedEmbeddings.class);
    static final int MAGIC = 0x43434542; // "CCEB"
    static final int VERSION = 1;
    /** The file a folder catalog keeps its embeddings in. */
    public static final String FOLDER_FILE = ".catalog-chat-embeddings.bin";
    private static final int HASH_BYTES = 32;

    /**
     * The embeddings for a list of segments and where they came from.
     *
     * @param reused   segments found in the file
     * @param embedded segments the model computed
     * @param problem  why the file could not be used, or empty when it was (or did not exist yet)
     */
    public record Result(List<Embedding> embeddings, int reused, int embedded, String problem) {
    }

    /** Raised internally when a file is not a usable index; the caller rebuilds. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private final Path file;
    private final String modelId;

    /**
     * @param file    where the index lives
     * @param modelId names the model that computed the vectors: a file with another id is never reused
     */
    public PersistedEmbeddings(Path file, String modelId) {
        this.file = file;
        this.modelId = modelId;
    }

    /** For a folder catalog, a hidden file inside it; for a one-file catalog, {@code FILE.embeddings.bin} beside it. */
    public static PersistedEmbeddings besideCatalog(Path catalog, String modelId) {
        Path abs = catalog.toAbsolutePath();
        Path f = Files.isDirectory(abs) ? abs.resolve(FOLDER_FILE)
                : abs.resolveSibling(abs.getFileName() + ".embeddings.bin");
        return new PersistedEmbeddings(f, modelId);
    }

    /** A stable id for a model: its own name when it has one, else its class, with its dimension. */
    public static String modelId(EmbeddingModel model) {
        EmbeddingModel m = model instanceof CachingEmbeddingModel c ? c.delegate() : model;
        // MiniLM has no name of its own; give it the one the background loader uses, so both share an index.
        if (m instanceof dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel) {
            return MiniLm.NAME + "/" + m.dimension();
        }
        String name = m.modelName();
        if (name == null || name.isBlank() || name.equals("unknown")) name = m.getClass().getName();
        return name + "/" + m.dimension();
    }

    public Path file() {
        return file;
    }

    /**
     * One embedding per segment, in order: reused from the file where the text is unchanged, computed (in one
     * batch) otherwise. The file is rewritten to hold exactly these segments whenever anything was computed or
     * dropped, so it never grows with stale chunks.
     */
    public Result embedAll(List<TextSegment> segments, EmbeddingModel model) {
        Map<Key, float[]> stored;
        String problem = "";
        try {
            stored = read();
        } catch (Unusable e) {
            problem = e.getMessage();
            log.warn("embedding index {} not reused, rebuilding: {}", org.catalogchat.catalog.LogText.safe(String.valueOf(file), 300), problem);
            stored = Map.of();
        }
        List<Key> keys = segments.stream().map(s -> Key.of(s.text())).toList();
        var missing = new ArrayList<TextSegment>();
        var missingKeys = new LinkedHashMap<Key, Integer>();
        for (int i = 0; i < segments.size(); i++) {
            Key k = keys.get(i);
            if (!stored.containsKey(k) && !missingKeys.containsKey(k)) {
                missingKeys.put(k, missing.size());
                missing.add(segments.get(i));
            }
        }
        List<Embedding> computed = missing.isEmpty() ? List.of() : model.embedAll(missing).content();
        var current = new LinkedHashMap<Key, float[]>();
        var out = new ArrayList<Embedding>(segments.size());
        for (Key k : keys) {
            float[] v = stored.get(k);
            if (v == null) v = computed.get(missingKeys.get(k)).vector();
            current.put(k, v);
            out.add(Embedding.from(v));
        }
        int reused = segments.size() - countMissing(keys, missingKeys, stored);
        if (!missing.isEmpty() || current.size() != stored.size() || !problem.isEmpty()) {
            try {
                write(current);
            } catch (IOException e) {
                // The index still works from memory; only the next restart pays for the embedding again.
                log.warn("could not save embedding index {}: {}", org.catalogchat.catalog.LogText.safe(String.valueOf(file), 300), e.toString());
            }
        }
        return new Result(out, reused, missing.size(), problem);
    }

    private static int countMissing(List<Key> keys, Map<Key, Integer> missingKeys, Map<Key, float[]> stored) {
        int n = 0;
        for (Key k : keys) if (!stored.containsKey(k)) n++;
        return n;
    }

    /** The stored vectors by text hash; empty when there is no file yet. */
    Map<Key, float[]> read() throws Unusable {
        if (!Files.exists(file)) return Map.of();
        var crc = new CRC32C();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             var checked = new CheckedInputStream(raw, crc);
             var in = new DataInputStream(checked)) {
            if (in.readInt() != MAGIC) throw new Unusable("not an embedding index (bad magic)");
            int version = in.readInt();
            if (version != VERSION) throw new Unusable("format version " + version + ", expected " + VERSION);
            String model = in.readUTF();
            if (!model.equals(modelId)) throw new Unusable("written by model " + model + ", expected " + modelId);
            int dim = in.readInt();
            int count = in.readInt();
            if (dim < 1 || dim > 65_536 || count < 0) throw new Unusable("bad header (dimension " + dim + ", count " + count + ")");
            var map = new HashMap<Key, float[]>(Math.min(count, 1 << 22) * 4 / 3 + 1);
            byte[] hash = new byte[HASH_BYTES];
            byte[] vec = new byte[dim * Float.BYTES];
            for (int i = 0; i < count; i++) {
                in.readFully(hash);
                in.readFully(vec);
                float[] v = new float[dim];
                ByteBuffer.wrap(vec).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(v);
                map.put(new Key(hash.clone()), v);
            }
            long expected = crc.getValue();
            long actual = new DataInputStream(raw).readLong(); // the trailer is outside the checksum
            if (expected != actual) throw new Unusable("checksum mismatch (corrupt file)");
            if (raw.read() != -1) throw new Unusable("trailing bytes after the checksum");
            return map;
        } catch (EOFException e) {
            throw new Unusable("file is cut short");
        } catch (IOException e) {
            throw new Unusable("cannot read: " + e);
        }
    }

    /** Writes to a temporary file in the same folder, forces it to disk, then moves it over the old one. */
    void write(Map<Key, float[]> vectors) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                var crc = new CRC32C();
                OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                var out = new DataOutputStream(new CheckedOutputStream(raw, crc));
                int dim = vectors.isEmpty() ? 1 : vectors.values().iterator().next().length;
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeUTF(modelId);
                out.writeInt(dim);
                out.writeInt(vectors.size());
                ByteBuffer buf = ByteBuffer.allocate(dim * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
                for (var e : vectors.entrySet()) {
                    if (e.getValue().length != dim) throw new IOException("mixed dimensions in one index");
                    out.write(e.getKey().hash());
                    buf.clear();
                    buf.asFloatBuffer().put(e.getValue());
                    out.write(buf.array());
                }
                out.flush();
                new DataOutputStream(raw).writeLong(crc.getValue());
                raw.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** SHA-256 of a chunk's UTF-8 text. */
    record Key(byte[] hash) {
        static Key of(String text) {
            try {
                return new Key(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(hash, k.hash);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hash);
        }
    }
}
