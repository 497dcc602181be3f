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
import java.util.List;
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
    @Test
    void onnxRuntimesLibrariesAreCopiedIntoOneFolderItCanLoadFrom() throws Exception {
        String platform = MiniLm.onnxRuntimePlatform(System.getProperty("os.name"), System.getProperty("os.arch"))
                .orElseThrow();
        String folder = "ai/onnxruntime/native/" + platform + "/";
        var libs = List.of(folder + System.mapLibraryName("onnxruntime"), folder + System.mapLibraryName("onnxruntime4j_jni"));
        Path dir = MiniLm.cachedTogether(libs, cache);
        for (String lib : libs) {
            try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(lib)) {
                assertEquals(in.readAllBytes().length, Files.size(dir.resolve(lib.substring(folder.length()))), lib);
            }
        }
        assertEquals(dir, MiniLm.cachedTogether(libs, cache), "the same jar entries find the same folder");
    }

    @Test
    void platformNamesFollowOnnxRuntimesFolders() {
        assertEquals(Optional.of("linux-x64"), MiniLm.onnxRuntimePlatform("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), MiniLm.onnxRuntimePlatform("Linux", "aarch64"));
        assertEquals(Optional.of("osx-aarch64"), MiniLm.onnxRuntimePlatform("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), MiniLm.onnxRuntimePlatform("Windows 11", "amd64"));
        assertEquals(Optional.empty(), MiniLm.onnxRuntimePlatform("Linux", "riscv64"));
    }
}
