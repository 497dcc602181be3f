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
import java.util.ArrayList;
import java.util.List;
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
 * folder can be written, it falls back to langchain4j's loader. ONNX Runtime's own native library is cached the same
 * way.
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
    private static final String ORT_NATIVE_PATH = "onnxruntime.native.path";
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
            useCachedOnnxRuntime(cacheRoot.get());
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

    /**
     * ONNX Runtime otherwise copies its 16 MB native library out of the jar into a temporary file at every start.
     * Its {@code onnxruntime.native.path} property points it at a folder instead: the cache, filled once. Left
     * alone when already set, on a platform the jar has no library for, or when the copy fails (ONNX Runtime
     * then extracts as usual).
     */
    static void useCachedOnnxRuntime(Path cacheRoot) {
        if (System.getProperty(ORT_NATIVE_PATH) != null) return;
        Optional<String> platform = onnxRuntimePlatform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (platform.isEmpty()) return;
        String folder = "ai/onnxruntime/native/" + platform.get() + "/";
        try {
            Path dir = cachedTogether(List.of(folder + System.mapLibraryName("onnxruntime"),
                    folder + System.mapLibraryName("onnxruntime4j_jni")), cacheRoot);
            System.setProperty(ORT_NATIVE_PATH, dir.toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("ONNX Runtime extracts its own native library: {}", e.toString());
        }
    }

    /** ONNX Runtime's name for the platform, as in the jar's {@code ai/onnxruntime/native/} folders. */
    static Optional<String> onnxRuntimePlatform(String osName, String osArch) {
        String os = osName.startsWith("Linux") ? "linux" : osName.startsWith("Mac") ? "osx" : null;
        String arch = switch (osArch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return os == null || arch == null ? Optional.empty() : Optional.of(os + "-" + arch);
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
        return cachedTogether(List.of(resource), cacheRoot).resolve(fileName(resource));
    }

    /**
     * Copies jar resources into one cache folder and returns it. The folder is named after the entries' CRC-32s and
     * sizes, read from the jar's central directory, so finding it inflates nothing and a new jar gets a new folder.
     */
    static Path cachedTogether(List<String> resources, Path cacheRoot) throws IOException {
        List<JarURLConnection> connections = new ArrayList<>();
        var key = new StringBuilder();
        for (String resource : resources) {
            URL url = MiniLm.class.getClassLoader().getResource(resource);
            if (url == null) throw new IOException("no resource " + resource);
            if (!(url.openConnection() instanceof JarURLConnection c)) throw new IOException(resource + " is not in a jar");
            JarEntry entry = c.getJarEntry();
            key.append(key.length() == 0 ? "" : "-").append(String.format("%08x-%d", entry.getCrc(), entry.getSize()));
            connections.add(c);
        }
        Path dir = cacheRoot.resolve(key.toString());
        for (JarURLConnection c : connections) {
            Path file = dir.resolve(fileName(c.getEntryName()));
            if (Files.isRegularFile(file) && Files.size(file) == c.getJarEntry().getSize()) continue;
            Files.createDirectories(dir);
            // Written beside the target and moved over it in one step, so a concurrent start never sees half a file.
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (InputStream in = c.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return dir;
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
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
