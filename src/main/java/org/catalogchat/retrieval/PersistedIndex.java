package org.catalogchat.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FSLockFactory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.ParseProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole retrieval index on disk, beside the catalog: the parsed entries, every chunk's text and vector, and one
 * Lucene index ({@code FSDirectory}, memory-mapped) that holds both the BM25 entry documents and the chunks' HNSW
 * graph. A start whose catalog, glossary and model are unchanged maps it as it is: no parsing, no tokenizer, no
 * embedding, no analysis. A changed catalog is built incrementally: the last good index is hard-linked into a new
 * folder (Lucene never rewrites a file), the entries that changed or went away are deleted, and only new or changed
 * entries are split, embedded (chunk vectors are reused by text hash) and added.
 *
 * <p>Layout and crash safety: {@code DIR/CURRENT} names the generation being served ({@code DIR/gen-000007}); a
 * build writes {@code DIR/building}, committing whole entries every few seconds, then renames it to the next
 * generation and replaces {@code CURRENT} with an atomic move. A process killed mid-build leaves {@code CURRENT}
 * on the last good generation, and the next build resumes from what {@code building} had committed. One builder at
 * a time (a lock file); readers take no lock, so any number of read-only replicas can map the same folder.
 *
 * <p>This class owns the generations (open, build, publish, clean up); {@link IndexKeys} decides what is still good,
 * {@link IndexUpdate} changes a generation's documents, {@link StoredChunks} reads them back.
 *
 * <pre>{@code
 * var index = new PersistedIndex(PersistedIndex.besideCatalog(catalog), glossary, model, Settings.DEFAULT, IndexProgress.logOnly());
 * PersistedIndex.Opened o = index.open(catalog);   // or index.openReadOnly() on a replica
 * o.lexical().search("甲骨文", 5); o.vectors().search("oracle bones", 5);
 * }</pre>
 */
public final class PersistedIndex {
    private static final Logger log = LoggerFactory.getLogger(PersistedIndex.class);
    /**
     * Bumped whenever what is stored, or how chunks and entry texts are made, changes: older folders are rebuilt.
     * 3: where names, sentences and clauses lie (WrittenPlaces); 4: the entries in catalog.bin, not catalog.json
     * (a format-3 jar cannot read a generation without the JSON, and now says so instead of failing to read it);
     * 6: a list of examples (如…、…) stores its items as a longer list's (Sentences.listItems).
     */
    static final String FORMAT = "catalog-chat-index/6";
    /**
     * The code running that shapes an index (see {@link BuildStamp}). Hashing its classes reads the jar's directory
     * (about 50 ms in a cold JVM), so it runs beside the start until the first fingerprint needs it.
     */
    private static final java.util.concurrent.CompletableFuture<String> BUILD =
            java.util.concurrent.CompletableFuture.supplyAsync(BuildStamp::current);
    /** The folder a folder catalog keeps its index in. */
    public static final String FOLDER_NAME = ".catalog-chat-index";
    static final String CURRENT = "CURRENT";
    static final String BUILDING = "building";
    private static final String LUCENE = "lucene";
    /** The typo index over the entries' names ({@link FuzzyNames}): a restart maps it. */
    static final String NAMES = "names";
    private static final String CATALOG_JSON = "catalog.json";
    private static final String MANIFEST = "manifest.properties";
    private static final long COMMIT_EVERY_NANOS = 15_000_000_000L;

    /** Which {@code EmbeddingStore} serves the vectors. */
    public enum VectorStore {
        /** HNSW from {@link Settings#hnswFromEntries()} entries up, brute force in memory below. */
        AUTO,
        /** langchain4j's {@code InMemoryEmbeddingStore}: exact, linear in chunks. */
        MEMORY,
        /** {@link LuceneEmbeddingStore}: approximate, logarithmic in chunks. */
        HNSW;

        public static VectorStore parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--vector-store must be auto, memory or hnsw, not '" + s + "'");
            }
        }
    }

    /**
     * @param store           which vector store serves searches
     * @param hnswFromEntries {@link VectorStore#AUTO} switches to HNSW at this many entries: brute force costs about
     *                        1.2 µs a chunk here, so 5,000 entries (10,000 chunks) is where it passes 10 ms
     */
    public record Settings(VectorStore store, int hnswFromEntries) {
        public static final Settings DEFAULT = new Settings(VectorStore.AUTO, 5_000);

        public Settings {
            if (store == null) throw new IllegalArgumentException("store");
            if (hnswFromEntries < 0) throw new IllegalArgumentException("hnswFromEntries " + hnswFromEntries);
        }

        boolean hnsw(int entries) {
            return store == VectorStore.HNSW || (store == VectorStore.AUTO && entries >= hnswFromEntries);
        }
    }

    /**
     * A served index.
     *
     * @param rebuilt  whether this open built a new generation (false: mapped as it was)
     * @param embedded chunks the model computed for it (0 when mapped or fully reused)
     * @param vocabulary the catalog's vocabulary as persisted with the generation (empty: made from the catalog)
     */
    public record Opened(Catalog catalog, LexicalIndex lexical, EmbeddingStore<TextSegment> store, int chunks,
                         Path generation, boolean rebuilt, int embedded, boolean hnsw,
                         Optional<org.catalogchat.vocabulary.CatalogVocabulary> vocabulary) {
        /** The name index over this catalog, with the typo index the generation keeps (built here if it has none). */
        public NameIndex names(Glossary glossary) {
            return new NameIndex(catalog, glossary, FuzzyNames.open(generation.resolve(NAMES)).orElse(null));
        }
    }

    /** The catalog as stored in a generation: entries and the problems found when it was parsed. */
    record StoredCatalog(List<Dataset> datasets, List<ParseProblem> problems) {
    }

    private final Path dir;
    private final Glossary glossary;
    private final Settings settings;
    private final String modelId;
    private final IndexKeys keys;
    private final IndexUpdate update;

    public PersistedIndex(Path dir, Glossary glossary, EmbeddingModel model, Settings settings, IndexProgress progress) {
        this(dir, glossary, model, settings, progress, COMMIT_EVERY_NANOS);
    }

    /** @param commitEveryNanos how often a build commits what it has added (what an interrupted build resumes from) */
    PersistedIndex(Path dir, Glossary glossary, EmbeddingModel model, Settings settings, IndexProgress progress,
                   long commitEveryNanos) {
        this.dir = dir.toAbsolutePath();
        this.glossary = glossary;
        this.settings = settings;
        this.modelId = PersistedEmbeddings.modelId(model);
        this.keys = new IndexKeys(FORMAT, modelId, glossary);
        this.update = new IndexUpdate(glossary, model, progress, keys, commitEveryNanos, this::legacyVectors);
    }

    /** For a folder catalog, a hidden folder inside it; for a one-file catalog, {@code FILE.index} beside it. */
    public static Path besideCatalog(Path catalog) {
        Path abs = catalog.toAbsolutePath();
        return Files.isDirectory(abs) ? abs.resolve(FOLDER_NAME) : abs.resolveSibling(abs.getFileName() + ".index");
    }

    public Path dir() {
        return dir;
    }

    /** The catalog's index: mapped when it matches the catalog, built (incrementally) when it does not. */
    public Opened open(Path catalogPath) {
        String source = sourceFingerprint(catalogPath);
        Optional<Path> current = current();
        if (current.isPresent() && matches(current.get(), source, true)) {
            try {
                return withVocabulary(withEntries(load(current.get(), false, 0)));
            } catch (UncheckedIOException e) {
                // A damaged generation (a disk error, a hand edit) is rebuilt rather than failing every start.
                log.warn("index generation {} unreadable ({}); rebuilding", current.get(), e.getMessage());
                return build(catalogPath, source, null, false);
            }
        }
        return build(catalogPath, source, null, true);
    }

    /**
     * A generation written before the entries were kept in binary (and the names' typo index with them) gets them
     * now, once (added beside the others, atomically; the JSON stays for a replica that may be reading it), so that
     * the next start, or a read-only replica, maps them instead of parsing JSON and indexing every name.
     */
    private Opened withEntries(Opened o) {
        Path file = o.generation().resolve(StoredEntries.FILE);
        Path names = o.generation().resolve(NAMES);
        try {
            if (!Files.isRegularFile(file)) {
                Path tmp = o.generation().resolve(StoredEntries.FILE + ".tmp");
                StoredEntries.write(tmp, o.catalog());
                IndexFiles.fsync(tmp);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.isDirectory(names)) {
                Path tmp = o.generation().resolve(NAMES + ".tmp");
                IndexFiles.deleteRecursively(tmp);
                FuzzyNames.write(tmp, NameIndex.fuzzyNames(o.catalog()));
                Files.move(tmp, names, StandardCopyOption.ATOMIC_MOVE);
                IndexFiles.fsync(o.generation());
            }
        } catch (IOException e) {
            log.warn("could not keep the entries or names in {}: {}", o.generation(), e.toString());
        }
        return o;
    }

    /**
     * A generation written before the vocabulary was kept in it gets it now, once (a file added beside the others,
     * atomically), so that the next start, or a read-only replica, does not scan the catalog's text for it.
     */
    private Opened withVocabulary(Opened o) {
        if (o.vocabulary().isPresent()) return o;
        var vocabulary = CatalogVocabularies.restrict(glossary, o.catalog());
        if (vocabulary.isEmpty()) return o;
        Path file = o.generation().resolve(CatalogVocabularies.FILE);
        Path tmp = o.generation().resolve(CatalogVocabularies.FILE + ".tmp");
        try {
            CatalogVocabularies.write(tmp, vocabulary.get());
            IndexFiles.fsync(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("could not keep the vocabulary in {}: {}", o.generation(), e.toString());
        }
        return new Opened(o.catalog(), o.lexical(), o.store(), o.chunks(), o.generation(), o.rebuilt(), o.embedded(),
                o.hnsw(), vocabulary);
    }

    /** Builds a new generation for a catalog that is already parsed (a reload), unless the current one matches it. */
    public Opened build(Path catalogPath, Catalog parsed) {
        String source = sourceFingerprint(catalogPath);
        Optional<Path> current = current();
        if (current.isPresent() && matches(current.get(), source, true)) return load(current.get(), false, 0);
        return build(catalogPath, source, parsed, true);
    }

    /**
     * The generation {@code CURRENT} names, as it is, without looking at any catalog: what a read-only replica
     * serves. Writes nothing.
     *
     * @throws IllegalStateException when there is no usable generation (none built yet, or another model's)
     */
    public Opened openReadOnly() {
        Path gen = current().orElseThrow(() -> new IllegalStateException("no index in " + dir
                + " (build one with: index --catalog PATH --out " + dir + ")"));
        if (!matches(gen, null, false)) {
            throw new IllegalStateException("the index in " + gen + " was built by another format or model (" + FORMAT
                    + ", " + modelId + " expected)");
        }
        return load(gen, false, 0);
    }

    /** The generation folder {@code CURRENT} names, if it exists. */
    public Optional<Path> current() {
        try {
            Path pointer = dir.resolve(CURRENT);
            if (!Files.isRegularFile(pointer)) return Optional.empty();
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path gen = dir.resolve(name);
            return name.startsWith("gen-") && Files.isDirectory(gen.resolve(LUCENE)) ? Optional.of(gen) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean matches(Path gen, String source, boolean checkSource) {
        Properties m = manifest(gen);
        return FORMAT.equals(m.getProperty("format")) && modelId.equals(m.getProperty("model"))
                && (!checkSource || source.equals(m.getProperty("source")));
    }

    private static Properties manifest(Path gen) {
        var p = new Properties();
        try (InputStream in = Files.newInputStream(gen.resolve(MANIFEST))) {
            p.load(in);
        } catch (IOException e) {
            // no manifest: not a finished generation
        }
        return p;
    }

    // ---------------------------------------------------------------- loading

    private Opened load(Path gen, boolean rebuilt, int embedded) {
        long t0 = System.nanoTime();
        Catalog catalog = readCatalog(gen);
        DirectoryReader reader;
        try {
            reader = DirectoryReader.open(FSDirectory.open(gen.resolve(LUCENE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + gen, e);
        }
        int chunks = StoredChunks.count(reader);
        boolean hnsw = settings.hnsw(catalog.size());
        EmbeddingStore<TextSegment> store = hnsw ? new LuceneEmbeddingStore(new IndexSearcher(reader)) : StoredChunks.inMemory(reader);
        log.info("index {} opened in {} ms: {} entries, {} chunks, vectors {}", gen, (System.nanoTime() - t0) / 1_000_000,
                catalog.size(), chunks, hnsw ? "HNSW (Lucene)" : "in memory (exact)");
        var vocabulary = CatalogVocabularies.read(gen.resolve(CatalogVocabularies.FILE), glossary);
        return new Opened(catalog, new LexicalIndex(reader), store, chunks, gen, rebuilt, embedded, hnsw, vocabulary);
    }

    /** The parsed entries: the binary file, or the JSON a generation written before it holds. */
    private Catalog readCatalog(Path gen) {
        Path bin = gen.resolve(StoredEntries.FILE);
        if (Files.isRegularFile(bin)) {
            try {
                return StoredEntries.read(bin);
            } catch (IOException | RuntimeException e) {
                // Cut short or damaged: unreadable, like a damaged JSON file (the caller rebuilds or refuses).
                throw new UncheckedIOException("cannot read " + bin, e instanceof IOException io ? io : new IOException(e));
            }
        }
        try (InputStream in = Files.newInputStream(gen.resolve(CATALOG_JSON))) {
            StoredCatalog stored = IndexKeys.storedJson().readValue(in, StoredCatalog.class);
            return new Catalog(stored.datasets(), stored.problems());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gen.resolve(CATALOG_JSON), e);
        }
    }

    // ---------------------------------------------------------------- building

    /**
     * @param trustCurrent whether a current generation matching the source may be served as it is (false when it
     *                     was just found unreadable: it still seeds the new one, whose Lucene files are checked)
     */
    private Opened build(Path catalogPath, String source, Catalog parsed, boolean trustCurrent) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index folder " + dir, e);
        }
        try (Directory lockDir = FSDirectory.open(dir); Lock lock = obtainBuildLock(lockDir)) {
            // Another builder may have produced exactly this while we waited for the lock.
            Optional<Path> current = current();
            if (trustCurrent && current.isPresent() && matches(current.get(), source, true)) {
                return load(current.get(), false, 0);
            }
            Catalog catalog = parsed != null ? parsed : new CatalogLoader(new CatalogParser(glossary)).load(catalogPath);
            int embedded;
            try {
                embedded = writeGeneration(catalog, source, current.orElse(null));
            } catch (IOException e) {
                // What building/ held (a resumed or seeded index) cannot be opened: start it over, empty, once.
                log.warn("index build in {} failed ({}); starting it over from nothing", dir.resolve(BUILDING), e.toString());
                IndexFiles.deleteRecursively(dir.resolve(BUILDING));
                embedded = writeGeneration(catalog, source, null);
            }
            Path gen = publish();
            lock.ensureValid();
            removeOldGenerations(gen, current.orElse(null));
            return load(gen, true, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Waits for another builder (a process, or a reload in this one) to finish rather than building twice. */
    private static Lock obtainBuildLock(Directory lockDir) throws IOException {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (true) {
            try {
                return FSLockFactory.getDefault().obtainLock(lockDir, "build.lock");
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) throw e;
                log.info("another build holds {}; waiting", lockDir);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the build lock", ie);
                }
            }
        }
    }

    /** Writes {@code DIR/building} to hold exactly {@code catalog}; returns how many chunks were embedded. */
    private int writeGeneration(Catalog catalog, String source, Path previous) throws IOException {
        Path building = dir.resolve(BUILDING);
        Path luceneDir = building.resolve(LUCENE);
        boolean resumable;
        try (Directory probe = FSDirectory.open(luceneDir)) {
            resumable = Files.isDirectory(luceneDir) && DirectoryReader.indexExists(probe);
        }
        if (resumable) {
            log.info("resuming the interrupted build in {}", building);
        } else {
            IndexFiles.deleteRecursively(building);
            Files.createDirectories(luceneDir);
            if (previous != null) IndexFiles.linkFiles(previous.resolve(LUCENE), luceneDir);
        }
        var config = new IndexWriterConfig(LexicalIndex.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        int embedded;
        try (Directory directory = FSDirectory.open(luceneDir); IndexWriter writer = new IndexWriter(directory, config)) {
            embedded = update.apply(writer, catalog);
            writer.commit();
        }
        writeCatalog(building, catalog);
        writeNames(building, catalog);
        var vocabulary = CatalogVocabularies.restrict(glossary, catalog);
        if (vocabulary.isPresent()) {
            Path v = building.resolve(CatalogVocabularies.FILE);
            CatalogVocabularies.write(v, vocabulary.get());
            IndexFiles.fsync(v);
        }
        var manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("model", modelId);
        manifest.setProperty("source", source);
        manifest.setProperty("entries", Integer.toString(catalog.size()));
        manifest.setProperty("built", java.time.Instant.now().toString());
        Path m = building.resolve(MANIFEST);
        try (OutputStream out = Files.newOutputStream(m)) {
            manifest.store(out, "catalog-chat index generation");
        }
        IndexFiles.fsync(m);
        IndexFiles.fsync(building);
        return embedded;
    }

    /** The vectors of the single-file index earlier versions kept beside the catalog, so upgrading embeds nothing. */
    private Map<PersistedEmbeddings.Key, float[]> legacyVectors() {
        Path parent = dir.getParent();
        if (parent == null) return Map.of();
        Path legacy = dir.getFileName().toString().equals(FOLDER_NAME) ? parent.resolve(PersistedEmbeddings.FOLDER_FILE)
                : parent.resolve(dir.getFileName().toString().replaceFirst("\\.index$", "") + ".embeddings.bin");
        if (!Files.isRegularFile(legacy)) return Map.of();
        try {
            return new PersistedEmbeddings(legacy, modelId).read();
        } catch (PersistedEmbeddings.Unusable e) {
            return Map.of();
        }
    }

    /** What the index was built from (see {@link IndexKeys#sourceFingerprint}), with the code running now. */
    String sourceFingerprint(Path catalogPath) {
        return keys.sourceFingerprint(catalogPath, BUILD.join());
    }

    String sourceFingerprint(Path catalogPath, String build) {
        return keys.sourceFingerprint(catalogPath, build);
    }

    String facetsKey(Dataset.Facets facets) throws IOException {
        return keys.facetsKey(facets);
    }

    private static void writeNames(Path building, Catalog catalog) throws IOException {
        Path names = building.resolve(NAMES);
        IndexFiles.deleteRecursively(names);
        // Lucene syncs its files at the writer's close.
        FuzzyNames.write(names, NameIndex.fuzzyNames(catalog));
    }

    private void writeCatalog(Path building, Catalog catalog) throws IOException {
        Path f = building.resolve(StoredEntries.FILE);
        StoredEntries.write(f, catalog);
        IndexFiles.fsync(f);
        // A generation seeded from an older one must not keep its JSON beside the new entries.
        Files.deleteIfExists(building.resolve(CATALOG_JSON));
    }

    /** Renames {@code building} to the next generation and points {@code CURRENT} at it, atomically. */
    private Path publish() throws IOException {
        int next = 1;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("gen-\\d+")) next = Math.max(next, Integer.parseInt(n.substring(4)) + 1);
            }
        }
        String name = String.format(Locale.ROOT, "gen-%06d", next);
        Path gen = dir.resolve(name);
        Files.move(dir.resolve(BUILDING), gen, StandardCopyOption.ATOMIC_MOVE);
        Path tmp = dir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
        IndexFiles.fsync(tmp);
        try {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        IndexFiles.fsync(dir);
        return gen;
    }

    /**
     * Keeps the new generation and the one before it (a replica that has not reloaded yet may still map it; on
     * Linux a mapped file outlives its deletion anyway).
     */
    private void removeOldGenerations(Path keep, Path previous) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("gen-\\d+") && !p.equals(keep) && !p.equals(previous)) IndexFiles.deleteRecursively(p);
            }
        } catch (IOException e) {
            log.warn("could not remove old index generations in {}: {}", dir, e.toString());
        }
    }
}
