package org.catalogchat.retrieval;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.catalogchat.catalog.CatalogAliases;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;

/**
 * What decides whether stored work is still good: a catalog's source fingerprint (does the current generation hold
 * this catalog?) and each entry's key (may its documents and vectors be kept?).
 */
final class IndexKeys {
    private final String format;
    private final String modelId;
    private final String glossaryFingerprint;
    private final ObjectMapper json = storedJson();

    IndexKeys(String format, String modelId, Glossary glossary) {
        this.format = format;
        this.modelId = modelId;
        this.glossaryFingerprint = IndexFiles.sha256(glossary.topics() + "\n" + glossary.publishers() + "\n" + glossary.units());
    }

    /** The JSON shape entries were stored in (generations before the binary file) and are keyed by. */
    static ObjectMapper storedJson() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // SizeFigure.isCount() and the like are derived, not stored
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    }

    /** What identifies an entry's documents: its parsed fields and the glossary that shaped its texts. */
    String entryKey(Dataset d) {
        try {
            // Where the entry sits (file, line) changes none of its documents: moving it re-indexes nothing.
            Dataset placeless = new Dataset(d.id(), d.name(), d.aliases(), d.released(), d.publishers(), d.url(),
                    d.description(), Dataset.Facets.NONE, "", 0, d.morePublishers());
            // The format too: a new one changes what an entry's documents hold, so every entry is rewritten (its
            // vectors reused by text hash).
            return IndexFiles.sha256(json.writeValueAsString(placeless) + "\n" + facetsKey(d.facets()) + "\n"
                    + glossaryFingerprint + "\n" + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An entry's facets as its key holds them: topics sorted. The topics are an immutable {@code Set.copyOf}, whose
     * order changes from one JVM to the next, so writing the set as it iterates gave another key to most entries at
     * every start of a new build (58,366 of 100,000 re-analysed by a restart of the 100k catalog).
     */
    String facetsKey(Dataset.Facets facets) throws IOException {
        return json.writeValueAsString(List.of(new TreeSet<>(facets.topics()), facets.sizes()));
    }

    /**
     * What the index was built from: the format, the code that parses and analyses entries ({@link BuildStamp}), the
     * model, the glossary and every non-hidden file of the catalog. The code counts because a new parser may read the
     * same file differently; entries whose parsed fields come out the same keep their documents and vectors.
     */
    String sourceFingerprint(Path catalogPath, String build) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((format + "\n" + build + "\n" + modelId + "\n" + glossaryFingerprint + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] buf = new byte[1 << 16];
            for (Path f : sourceFiles(catalogPath)) {
                md.update((f.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + catalogPath, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static List<Path> sourceFiles(Path catalogPath) throws IOException {
        if (Files.isDirectory(catalogPath)) {
            try (Stream<Path> s = Files.list(catalogPath)) {
                return s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
        }
        // A one-file catalog reads the aliases file beside it too: an edit there must rebuild.
        Path aliases = catalogPath.toAbsolutePath().resolveSibling(CatalogAliases.FILE);
        return Files.isRegularFile(aliases) ? List.of(catalogPath, aliases) : List.of(catalogPath);
    }
}
