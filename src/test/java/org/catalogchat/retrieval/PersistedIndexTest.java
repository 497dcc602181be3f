package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.catalogchat.bench.CatalogGenerator;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistedIndexTest {
    private static final Glossary GLOSSARY = Glossary.bundled();

    @TempDir
    Path tmp;

    private Path seedsCopy() throws Exception {
        Path cat = Files.createDirectories(tmp.resolve("catalog"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) Files.copy(f, cat.resolve(f.getFileName()));
        }
        return cat;
    }

    private static PersistedIndex index(Path dir, CountingEmbeddingModel model, PersistedIndex.VectorStore store) {
        return new PersistedIndex(dir, GLOSSARY, model, new PersistedIndex.Settings(store, 5_000), IndexProgress.logOnly());
    }

    @Test
    void aSecondOpenMapsTheIndexWithoutParsingOrEmbedding() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        var first = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        assertTrue(first.rebuilt());
        assertEquals(33, first.catalog().size());
        assertEquals(first.chunks(), model.texts.get(), "every chunk embedded once");
        assertEquals(first.chunks(), first.embedded());
        assertFalse(first.hnsw(), "33 entries stay in memory under AUTO");

        model.texts.set(0);
        var second = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        assertFalse(second.rebuilt());
        assertEquals(0, model.texts.get());
        assertEquals(first.generation(), second.generation());
        assertEquals(first.catalog().datasets(), second.catalog().datasets(), "parsed entries come back equal");
        assertEquals(first.chunks(), second.chunks());
        assertEquals(first.lexical().search("甲骨文", 3), second.lexical().search("甲骨文", 3));
        assertFalse(second.lexical().search("甲骨文", 3).isEmpty());
    }

    @Test
    void anEditedCatalogReembedsOnlyTheChangedEntryAndDropsTheRemovedOne() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        var first = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.MEMORY).open(cat);
        Path file;
        try (Stream<Path> s = Files.list(cat)) {
            file = s.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        var removed = first.catalog().datasets().get(1);
        var edited = first.catalog().datasets().get(0);
        // Cut the second entry out and add a sentence to the first one's description.
        int cutFrom = text.indexOf("\n### ", text.indexOf("### ") + 4);
        int cutTo = text.indexOf("\n### ", cutFrom + 5);
        text = text.substring(0, cutFrom) + "\n\nA brand new closing sentence about glaciers." + text.substring(cutTo);
        Files.writeString(file, text, StandardCharsets.UTF_8);

        model.texts.set(0);
        var second = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.MEMORY).open(cat);
        assertTrue(second.rebuilt());
        assertNotEquals(first.generation(), second.generation());
        assertEquals(32, second.catalog().size());
        assertTrue(second.catalog().byId(removed.id()).isEmpty());
        assertTrue(second.catalog().byId(edited.id()).orElseThrow().description().contains("glaciers"));
        assertTrue(model.texts.get() >= 1 && model.texts.get() <= 2,
                "only the edited entry's changed chunk(s), not " + model.texts.get());
        assertTrue(second.lexical().search("glaciers", 3).stream().anyMatch(h -> h.id().equals(edited.id())));
        assertTrue(second.lexical().search(removed.name(), 40).stream().noneMatch(h -> h.id().equals(removed.id())));
        int expected = first.chunks() - removedChunks(first, removed.id());
        assertTrue(second.chunks() == expected || second.chunks() == expected + 1,
                "the removed entry's chunks are gone (the edited entry may have gained one): " + second.chunks());
        assertEquals(second.chunks(), countIds(second) , "no chunk of a removed entry is left");
    }

    private static int removedChunks(PersistedIndex.Opened o, String id) {
        var all = o.store().search(EmbeddingSearchRequest.builder().queryEmbedding(CountingEmbeddingModel.fake("x"))
                .maxResults(10_000).minScore(0.0).build()).matches();
        return (int) all.stream().filter(m -> m.embedded().metadata().getString("id").equals(id)).count();
    }

    private static int countIds(PersistedIndex.Opened o) {
        var all = o.store().search(EmbeddingSearchRequest.builder().queryEmbedding(CountingEmbeddingModel.fake("x"))
                .maxResults(10_000).minScore(0.0).build()).matches();
        for (EmbeddingMatch<TextSegment> m : all) {
            assertTrue(o.catalog().byId(m.embedded().metadata().getString("id")).isPresent(), m.embeddingId());
        }
        return all.size();
    }

    @Test
    void theHnswStoreFindsWhatBruteForceFindsAndFiltersInsideTheSearch() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        var exact = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.MEMORY).open(cat);
        var hnsw = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.HNSW).open(cat);
        assertTrue(hnsw.hnsw());
        assertFalse(exact.hnsw());
        // Approximate: the nearest chunk, and every chunk when asked for all of them, with the same scores.
        for (String q : List.of("remote sensing", "医学影像", "oracle bone", "speech audio", "视频")) {
            Embedding e = CountingEmbeddingModel.fake(q);
            // Lucene's beam is k wide, so the graph is searched 20 wide (as VectorIndex does: 4x what it keeps).
            var top = EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(20).minScore(0.0).build();
            var ea = exact.store().search(top).matches();
            var ha = hnsw.store().search(top).matches();
            for (int i = 0; i < 3; i++) assertEquals(ea.get(i).score(), ha.get(i).score(), 1e-5, q + " rank " + i);
            var all = EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(exact.chunks()).minScore(0.0).build();
            var a = new java.util.TreeMap<String, Double>();
            exact.store().search(all).matches().forEach(m -> a.put(m.embedded().text(), m.score()));
            var b = new java.util.TreeMap<String, Double>();
            hnsw.store().search(all).matches().forEach(m -> b.put(m.embedded().text(), m.score()));
            assertEquals(a.keySet(), b.keySet(), q);
            a.forEach((text, score) -> assertEquals(score, b.get(text), 1e-5, text));
        }
        String id = exact.catalog().datasets().get(5).id();
        var filtered = hnsw.store().search(EmbeddingSearchRequest.builder().queryEmbedding(CountingEmbeddingModel.fake("x"))
                .maxResults(3).minScore(0.0).filter(new IsEqualTo("id", id)).build()).matches();
        assertFalse(filtered.isEmpty());
        assertTrue(filtered.stream().allMatch(m -> m.embedded().metadata().getString("id").equals(id)));
        assertThrows(UnsupportedOperationException.class, () -> hnsw.store().add(CountingEmbeddingModel.fake("y")));
    }

    @Test
    void anAliasesFileBesideAOneFileCatalogIsPartOfWhatTheIndexWasBuiltFrom() throws Exception {
        Path file = seedsCopy().resolve("multimodal-datasets.md");
        var model = new CountingEmbeddingModel(null);
        var index = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO);
        String before = index.sourceFingerprint(file);
        Files.writeString(file.resolveSibling(org.catalogchat.catalog.CatalogAliases.FILE), "悟空\tWukong\n", StandardCharsets.UTF_8);
        assertNotEquals(before, index.sourceFingerprint(file));
    }

    /** Other code may parse the same file differently (a field label it now knows): its index is re-checked. */
    @Test
    void otherCodeDoesNotReuseTheIndexAsItIs() throws Exception {
        Path file = seedsCopy().resolve("multimodal-datasets.md");
        var index = index(tmp.resolve("idx"), new CountingEmbeddingModel(null), PersistedIndex.VectorStore.AUTO);
        assertEquals(index.sourceFingerprint(file), index.sourceFingerprint(file, BuildStamp.current()));
        assertNotEquals(index.sourceFingerprint(file, "0123456789abcdef"), index.sourceFingerprint(file, "fedcba9876543210"));
        assertTrue(BuildStamp.current().matches("[0-9a-f]{16}"), BuildStamp.current());
    }

    /** The stamp is the classes of the packages that shape an index, the same from a folder or a jar. */
    @Test
    void theStampFollowsTheIndexingClassesOnly() throws Exception {
        Path classes = tmp.resolve("classes");
        Path parser = classes.resolve("org/catalogchat/catalog/Parser.class");
        Path answer = classes.resolve("org/catalogchat/answer/Composer.class");
        Files.createDirectories(parser.getParent());
        Files.createDirectories(answer.getParent());
        Files.write(parser, new byte[] {1, 2, 3});
        Files.write(answer, new byte[] {4});
        String stamp = BuildStamp.of(classes);
        Path jar = tmp.resolve("code.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path f : List.of(answer, parser)) {
                out.putNextEntry(new java.util.zip.ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        assertEquals(stamp, BuildStamp.of(jar));
        Files.write(answer, new byte[] {5});
        assertEquals(stamp, BuildStamp.of(classes), "answer code does not shape the index");
        Files.write(parser, new byte[] {1, 2, 4});
        assertNotEquals(stamp, BuildStamp.of(classes));
    }

    @Test
    void aDamagedGenerationIsRebuiltFromItsIntactPartsInsteadOfFailingEveryStart() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        var first = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        Path entries = first.generation().resolve(StoredEntries.FILE);
        Files.write(entries, java.util.Arrays.copyOf(Files.readAllBytes(entries), (int) Files.size(entries) / 2));
        model.texts.set(0);
        var second = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        assertTrue(second.rebuilt());
        assertNotEquals(first.generation(), second.generation());
        assertEquals(33, second.catalog().size());
        assertEquals(0, model.texts.get(), "the vectors came from the damaged generation's intact Lucene index");
    }

    @Test
    void aGenerationWithOnlyTheOlderJsonEntriesIsServedAndGetsTheBinaryOnesAtItsNextWritableOpen() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        var first = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        Path bin = first.generation().resolve(StoredEntries.FILE);
        Path names = first.generation().resolve(PersistedIndex.NAMES);
        assertTrue(Files.isDirectory(names), "a new generation keeps the names' typo index");
        Files.delete(bin);
        IndexFiles.deleteRecursively(names);
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.IS_GETTER,
                        com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE);
        json.writeValue(first.generation().resolve("catalog.json").toFile(),
                new PersistedIndex.StoredCatalog(first.catalog().datasets(), first.catalog().problems()));
        var replica = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).openReadOnly();
        assertEquals(first.catalog().datasets(), replica.catalog().datasets(), "read from the JSON");
        assertFalse(Files.exists(bin), "a read-only open writes nothing");
        var writer = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        assertFalse(writer.rebuilt());
        assertEquals(first.generation(), writer.generation());
        assertTrue(Files.isRegularFile(bin), "the binary entries were added to the generation");
        assertTrue(FuzzyNames.open(names).isPresent(), "and the names' typo index");
        assertEquals(first.catalog().datasets(), StoredEntries.read(bin).datasets());
    }

    @Test
    void anEntrysKeyHoldsItsTopicsSortedNotInTheSetsOrderOfThisJvm() throws Exception {
        var index = index(tmp.resolve("idx"), new CountingEmbeddingModel(null), PersistedIndex.VectorStore.AUTO);
        var topics = java.util.Set.of("video", "audio", "text", "medical", "remote-sensing");
        var key = index.facetsKey(new org.catalogchat.catalog.Dataset.Facets(topics, List.of()));
        assertTrue(key.startsWith("[[\"audio\",\"medical\",\"remote-sensing\",\"text\",\"video\"]"), key);
    }

    @Test
    void theCatalogVocabularyIsKeptWithTheGenerationAndEqualsAFreshScan() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        var built = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        Path file = built.generation().resolve(CatalogVocabularies.FILE);
        assertTrue(Files.isRegularFile(file));
        var fresh = CatalogVocabularies.restrict(GLOSSARY, built.catalog()).orElseThrow();
        var replica = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).openReadOnly();
        var kept = replica.vocabulary().orElseThrow(() -> new AssertionError("read back from " + file));
        assertEquals(fresh.terms(), kept.terms());
        assertTrue(fresh.size() > 100, "a vocabulary worth comparing: " + fresh.size());
        for (String t : fresh.terms()) assertEquals(fresh.occurrences(t), kept.occurrences(t), t);
        for (Glossary.Topic topic : GLOSSARY.topics()) {
            for (String w : List.of(topic.english(), topic.english() + " datasets", topic.chinese())) {
                assertEquals(fresh.toChinese(w).toString(), kept.toChinese(w).toString(), w);
                assertEquals(fresh.writes(w), kept.writes(w), w);
            }
        }
        // A generation without it (written by an older version) gets it at the next writable open.
        Files.delete(file);
        assertTrue(index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).openReadOnly().vocabulary().isEmpty());
        var reopened = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        assertFalse(reopened.rebuilt());
        assertTrue(reopened.vocabulary().isPresent());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void readOnlyOpenServesTheCurrentGenerationAndRefusesAnEmptyFolder() throws Exception {
        Path cat = seedsCopy();
        var model = new CountingEmbeddingModel(null);
        assertThrows(IllegalStateException.class, () -> index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).openReadOnly());
        index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).open(cat);
        model.texts.set(0);
        var replica = index(tmp.resolve("idx"), model, PersistedIndex.VectorStore.AUTO).openReadOnly();
        assertEquals(33, replica.catalog().size());
        assertEquals(0, model.texts.get());
        var other = new PersistedIndex(tmp.resolve("idx"), GLOSSARY, new CountingEmbeddingModel(null, "another"),
                PersistedIndex.Settings.DEFAULT, IndexProgress.logOnly());
        assertThrows(IllegalStateException.class, other::openReadOnly, "another model's vectors are never served");
    }

    @Test
    void killDashNineDuringARebuildLeavesTheLastGoodIndexAndTheNextBuildResumes() throws Exception {
        Path small = tmp.resolve("small");
        new CatalogGenerator(42).write(small, 300);
        Path big = tmp.resolve("big");
        new CatalogGenerator(7).write(big, 1500);
        Path idx = tmp.resolve("idx");
        var model = new CountingEmbeddingModel(null);
        var good = index(idx, model, PersistedIndex.VectorStore.AUTO).open(small);
        assertEquals(300, good.catalog().size());

        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IndexBuildChild.class.getName(), big.toString(), idx.toString(), "150")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            // Wait until the child has committed new entries into the build folder, then kill it mid-batch.
            long baseline = maxSegmentsGeneration(good.generation().resolve("lucene"));
            Path building = idx.resolve(PersistedIndex.BUILDING).resolve("lucene");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (maxSegmentsGeneration(building) < baseline + 3) {
                assertTrue(child.isAlive(), () -> "child ended early: " + log());
                assertTrue(System.nanoTime() < deadline, () -> "no commit seen: " + log());
                Thread.sleep(50);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally blocks in the child
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(good.generation().getFileName().toString() + "\n",
                Files.readString(idx.resolve(PersistedIndex.CURRENT), StandardCharsets.UTF_8));
        var stillGood = index(idx, model, PersistedIndex.VectorStore.AUTO).openReadOnly();
        assertEquals(300, stillGood.catalog().size(), "the last good index is what a replica serves");

        model.texts.set(0);
        var resumed = index(idx, model, PersistedIndex.VectorStore.AUTO).open(big);
        assertEquals(1500, resumed.catalog().size());
        assertTrue(resumed.rebuilt());
        assertTrue(model.texts.get() < resumed.chunks(),
                "resumed: only " + model.texts.get() + " of " + resumed.chunks() + " chunks embedded again");
        assertEquals(resumed.chunks(), countIds(resumed));
        assertFalse(Files.exists(idx.resolve(PersistedIndex.BUILDING)));
    }

    private String log() {
        try {
            return Files.readString(tmp.resolve("child.log"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static long maxSegmentsGeneration(Path luceneDir) throws Exception {
        if (!Files.isDirectory(luceneDir)) return -1;
        long max = -1;
        try (Stream<Path> s = Files.list(luceneDir)) {
            for (Path p : new ArrayList<>(s.toList())) {
                String n = p.getFileName().toString();
                if (n.startsWith("segments_")) max = Math.max(max, Long.parseLong(n.substring(9), Character.MAX_RADIX));
            }
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
            return max;
        }
        return max;
    }
}
