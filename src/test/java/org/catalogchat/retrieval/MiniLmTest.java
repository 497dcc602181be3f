package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniLmTest {
    @TempDir
    Path cache;

    @Test
    void theCachedModelEmbedsExactlyLikeLangchain4jsOwnLoader() {
        EmbeddingModel cached = MiniLm.load(Optional.of(cache));
        assertInstanceOf(MiniLm.class, cached);
        String text = "多模态遥感数据集 with 25 million images";
        assertArrayEquals(new AllMiniLmL6V2EmbeddingModel().embed(text).content().vector(),
                cached.embed(text).content().vector(), 1e-6f);
        assertEquals(MiniLm.DIMENSION, cached.dimension());
        // the persisted index is keyed by this id, so the cached model reuses what the jar's model wrote
        assertEquals(PersistedEmbeddings.modelId(new AllMiniLmL6V2EmbeddingModel()), PersistedEmbeddings.modelId(cached));
    }

    @Test
    void theModelFileIsCopiedOnceWithTheJarEntrysBytes() throws Exception {
        Path first = MiniLm.cached("all-minilm-l6-v2-tokenizer.json", cache);
        assertTrue(first.startsWith(cache));
        byte[] expected;
        try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2-tokenizer.json")) {
            expected = in.readAllBytes();
        }
        assertArrayEquals(expected, Files.readAllBytes(first));
        Files.setLastModifiedTime(first, FileTime.fromMillis(0));
        assertEquals(first, MiniLm.cached("all-minilm-l6-v2-tokenizer.json", cache));
        assertEquals(0, Files.getLastModifiedTime(first).toMillis(), "a complete cached copy is not written again");
        try (var files = Files.list(first.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCacheThatCannotBeWrittenFallsBackToTheJar() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        EmbeddingModel model = MiniLm.load(Optional.of(notAFolder.resolve("cache")));
        assertInstanceOf(AllMiniLmL6V2EmbeddingModel.class, model);
    }
}
