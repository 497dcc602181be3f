package org.catalogchat.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The part of the glossary's dictionary a catalog uses ({@link CatalogVocabulary}), made from the catalog's text,
 * and kept in a persisted index generation so that reopening it does not scan 100,000 descriptions again.
 *
 * <pre>{@code
 * Optional<CatalogVocabulary> v = CatalogVocabularies.restrict(glossary, catalog);
 * }</pre>
 */
public final class CatalogVocabularies {
    static final String FILE = "vocabulary.bin";

    private CatalogVocabularies() {
    }

    /** Scans the catalog's names, publishers and descriptions; empty when the glossary has no dictionary. */
    public static Optional<CatalogVocabulary> restrict(Glossary glossary, Catalog catalog) {
        return glossary.dictionary().map(d -> d.restrictTo(texts(catalog)));
    }

    private static List<String> texts(Catalog catalog) {
        var out = new ArrayList<String>();
        for (Dataset d : catalog.datasets()) {
            out.add(String.join(" ", d.allNames()) + "\n" + String.join("、", d.publishers()) + "\n" + d.description());
        }
        return out;
    }

    static void write(Path file, CatalogVocabulary vocabulary) throws IOException {
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            vocabulary.write(out);
        }
    }

    /** Empty when there is no file, no dictionary, or the file was written against another dictionary. */
    static Optional<CatalogVocabulary> read(Path file, Glossary glossary) {
        if (!Files.isRegularFile(file) || glossary.dictionary().isEmpty()) return Optional.empty();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return CatalogVocabulary.read(glossary.dictionary().get(), in);
        } catch (IOException e) {
            return Optional.empty(); // a damaged file costs a scan, not a start
        }
    }
}
