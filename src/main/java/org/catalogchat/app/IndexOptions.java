package org.catalogchat.app;

import java.nio.file.Path;
import org.catalogchat.retrieval.PersistedIndex;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the persisted index lives and which vector store serves it: serve, ask and index read these. */
final class IndexOptions {
    @Option(names = "--index-dir", paramLabel = "DIR",
            description = "folder of the persisted index (default: .catalog-chat-index inside a catalog folder, FILE.index beside a catalog file)")
    Path indexDir;
    @Option(names = "--vector-store", paramLabel = "KIND",
            description = "auto (HNSW from --hnsw-from-entries entries up, exact in-memory below), memory or hnsw (default auto)")
    String vectorStore;
    @Option(names = "--hnsw-from-entries", paramLabel = "N",
            description = "auto switches to the HNSW store at this many entries (default 5000)")
    Integer hnswFromEntries;

    /** --index-dir, else the folder beside the catalog. */
    Path dir(Path catalog) {
        return indexDir != null ? indexDir : PersistedIndex.besideCatalog(catalog);
    }

    PersistedIndex.Settings settings(CommandSpec spec) {
        PersistedIndex.Settings d = PersistedIndex.Settings.DEFAULT;
        int from = Ranges.check(spec, "--hnsw-from-entries", hnswFromEntries, d.hnswFromEntries(), 0, 100_000_000);
        try {
            return new PersistedIndex.Settings(vectorStore == null ? d.store() : PersistedIndex.VectorStore.parse(vectorStore), from);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
