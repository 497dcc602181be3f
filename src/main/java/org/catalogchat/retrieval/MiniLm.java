package org.catalogchat.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2, the embedding model that ships in langchain4j's jar, loaded by ONNX Runtime from a file.
 *
 * <p>langchain4j's {@link AllMiniLmL6V2EmbeddingModel} inflates the 90 MB ONNX file from the jar into a byte array on
 * every start, which was the longest single step of a cold start. This copies the model and its tokenizer out of the
 * jar once, into a per-user cache folder named after the jar entry's CRC-32 and size (read from the jar's directory,
 * so nothing is inflated to find the key), and from then on ONNX Runtime reads the file itself. Where no cache
 * folder can be written, it falls back to langchain4j's loader.
 *
 * <pre>{@code
 * EmbeddingModel model = MiniLm.load();
 * }</pre>
 */
public final class MiniLm extends OnnxEmbeddingModel {
    public static final String NAME = "all-MiniLM-L6-v2";
    public static final int DIMENSION = 384;
    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final Logger LOG = LoggerFactory.getLogger(MiniLm.class);

    private MiniLm(Path model, Path tokenizer) {
        super(model, tokenizer, PoolingMode.MEAN);
    }

    /** The model from the cache folder (filled on first use), else straight from the jar. */
    public static EmbeddingModel load() {
        return load(cacheRoot());
    }

    static EmbeddingModel load(Optional<Path> cacheRoot) {
        if (cacheRoot.isPresent()) {
            try {
                return new MiniLm(cached(MODEL, cacheRoot.get()), cached(TOKENIZER, cacheRoot.get()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot use the model cache in {} ({}); loading the model from the jar", cacheRoot.get(),
                        e.toString());
            }
        }
        return new AllMiniLmL6V2EmbeddingModel();
    }

    /** $XDG_CACHE_HOME/catalog-chat, else ~/.cache/catalog-chat: per user, so no one else can plant a model there. */
    static Optional<Path> cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Optional.of(Path.of(xdg, "catalog-chat"));
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) return Optional.empty();
        return Optional.of(Path.of(home, ".cache", "catalog-chat"));
    }

    /** A file holding the class-path resource: itself when it is a plain file, else a copy in the cache. */
    static Path cached(String resource, Path cacheRoot) throws IOException {
        URL url = MiniLm.class.getClassLoader().getResource(resource);
        if (url == null) throw new IOException("no resource " + resource);
        if (url.getProtocol().equals("file")) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        var connection = (JarURLConnection) url.openConnection();
        JarEntry entry = connection.getJarEntry();
        // CRC-32 and size come from the jar's central directory: a new model in a new jar gets a new file.
        String key = String.format("%08x-%d", entry.getCrc(), entry.getSize());
        Path file = cacheRoot.resolve(key).resolve(resource);
        if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) return file;
        Files.createDirectories(file.getParent());
        // Written beside the target and moved over it in one step, so a concurrent start never sees half a file.
        Path tmp = Files.createTempFile(file.getParent(), resource, ".tmp");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
