package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistedEmbeddingsTest {
    @TempDir
    Path dir;

    private static List<TextSegment> segments(String... texts) {
        return java.util.Arrays.stream(texts).map(TextSegment::from).toList();
    }

    @Test
    void roundTripGivesTheSameVectorsWithoutEmbeddingAgain() throws Exception {
        var model = new CountingEmbeddingModel(null);
        var persisted = new PersistedEmbeddings(dir.resolve("idx.bin"), "counting/8");
        var first = persisted.embedAll(segments("alpha", "beta", "gamma"), model);
        assertEquals(3, first.embedded());
        assertEquals(3, model.texts.get());
        assertTrue(Files.size(persisted.file()) > 0);

        var second = new PersistedEmbeddings(dir.resolve("idx.bin"), "counting/8").embedAll(segments("alpha", "beta", "gamma"), model);
        assertEquals(0, second.embedded());
        assertEquals(3, second.reused());
        assertEquals(3, model.texts.get(), "nothing re-embedded");
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(first.embeddings().get(i).vector(), second.embeddings().get(i).vector());
        }
    }

    @Test
    void onlyNewOrChangedTextsAreEmbeddedAndStaleOnesAreDropped() throws Exception {
        var model = new CountingEmbeddingModel(null);
        var persisted = new PersistedEmbeddings(dir.resolve("idx.bin"), "counting/8");
        persisted.embedAll(segments("a", "b", "c", "d"), model);
        model.texts.set(0);
        var r = persisted.embedAll(segments("a", "b changed", "c", "e"), model);
        assertEquals(2, r.embedded());
        assertEquals(2, model.texts.get());
        assertEquals(2, r.reused());
        assertArrayEquals(CountingEmbeddingModel.fake("b changed").vector(), r.embeddings().get(1).vector());
        assertEquals(4, persisted.read().size(), "the file holds exactly the current texts");
    }

    @Test
    void realCatalogRestartReusesEverythingAndReembedsOnlyTheEditedEntry() throws Exception {
        Path catalogDir = Files.createDirectories(dir.resolve("cat"));
        String seeds = Files.readString(Path.of("seeds/multimodal-datasets.md"));
        Files.writeString(catalogDir.resolve("c.md"), seeds);
        var model = new CountingEmbeddingModel(null, "fake");
        var glossary = Glossary.bundled();
        var loader = new CatalogLoader(new CatalogParser(glossary));
        var persisted = PersistedEmbeddings.besideCatalog(catalogDir, PersistedEmbeddings.modelId(model));
        assertEquals(catalogDir.toAbsolutePath().resolve(PersistedEmbeddings.FOLDER_FILE), persisted.file());

        var cold = new VectorIndex(loader.load(catalogDir), glossary, model, new dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore<>(), persisted);
        assertEquals(cold.segmentCount(), cold.embeddedCount());
        int segmentsTotal = cold.segmentCount();

        var warm = new VectorIndex(loader.load(catalogDir), glossary, model, new dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore<>(), persisted);
        assertEquals(0, warm.embeddedCount());

        // Edit one entry's description: only its text chunks change, its header (name, date, publishers) does not.
        Files.writeString(catalogDir.resolve("c.md"), seeds.replace("数据量达 **10TB**", "数据量达 **12TB**"));
        model.texts.set(0);
        Catalog edited = loader.load(catalogDir);
        var after = new VectorIndex(edited, glossary, model, new dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore<>(), persisted);
        assertEquals(segmentsTotal, after.segmentCount());
        assertTrue(after.embeddedCount() >= 1 && after.embeddedCount() <= 2, "re-embedded " + after.embeddedCount());
        assertEquals(after.embeddedCount(), model.texts.get());
    }

    @Test
    void corruptFileIsDetectedAndRebuilt() throws Exception {
        var model = new CountingEmbeddingModel(null);
        var persisted = new PersistedEmbeddings(dir.resolve("idx.bin"), "counting/8");
        persisted.embedAll(segments("alpha", "beta"), model);
        try (var f = new RandomAccessFile(persisted.file().toFile(), "rw")) {
            f.seek(f.length() - 20); // inside the last vector
            int b = f.read();
            f.seek(f.length() - 20);
            f.write(b ^ 0x5A);
        }
        model.texts.set(0);
        var r = persisted.embedAll(segments("alpha", "beta"), model);
        assertTrue(r.problem().contains("checksum"), r.problem());
        assertEquals(2, r.embedded());
        assertEquals("", persisted.embedAll(segments("alpha", "beta"), model).problem(), "rewritten file is valid");
    }

    @Test
    void truncatedGarbageAndForeignFilesAreRebuilt() throws Exception {
        var model = new CountingEmbeddingModel(null);
        Path file = dir.resolve("idx.bin");
        var persisted = new PersistedEmbeddings(file, "counting/8");
        persisted.embedAll(segments("alpha", "beta"), model);
        byte[] good = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        assertTrue(persisted.embedAll(segments("alpha", "beta"), model).problem().contains("cut short"));

        Files.writeString(file, "definitely not an index");
        assertTrue(persisted.embedAll(segments("alpha", "beta"), model).problem().contains("magic"));

        var other = new PersistedEmbeddings(file, "some-other-model/8");
        model.texts.set(0);
        var r = other.embedAll(segments("alpha", "beta"), model);
        assertTrue(r.problem().contains("some-other-model") || r.problem().contains("counting/8"), r.problem());
        assertEquals(2, model.texts.get(), "a foreign model's vectors are never reused");
    }

    @Test
    void writesAreAtomicAReaderNeverSeesAHalfWrittenFile() throws Exception {
        Path file = dir.resolve("idx.bin");
        var writer = new PersistedEmbeddings(file, "counting/8");
        var model = new CountingEmbeddingModel(null);
        var big = new ArrayList<String>();
        for (int i = 0; i < 3000; i++) big.add("text " + i);
        writer.embedAll(big.stream().map(TextSegment::from).toList(), model);

        var stop = new AtomicBoolean();
        var reads = new AtomicInteger();
        var failure = new AtomicReference<String>();
        Thread reader = new Thread(() -> {
            var r = new PersistedEmbeddings(file, "counting/8");
            while (!stop.get()) {
                try {
                    int n = r.read().size();
                    if (n != 3000 && n != 3001) failure.set("read " + n + " entries");
                    reads.incrementAndGet();
                } catch (PersistedEmbeddings.Unusable e) {
                    failure.set(e.getMessage());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 20; i++) {
            var texts = new ArrayList<>(big);
            if (i % 2 == 0) texts.add("extra " + i); // alternate 3001 and 3000 entries: each call rewrites the file
            writer.embedAll(texts.stream().map(TextSegment::from).toList(), model);
        }
        stop.set(true);
        reader.join();
        assertEquals(null, failure.get());
        assertTrue(reads.get() > 0);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }
}
