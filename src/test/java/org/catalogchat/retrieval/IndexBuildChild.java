package org.catalogchat.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.util.List;
import org.catalogchat.catalog.Glossary;

/**
 * A child JVM for {@link PersistedIndexTest}: builds {@code CATALOG} into {@code INDEX} with a slow fake model,
 * committing after every batch, so the test can kill it with SIGKILL in the middle of a build.
 */
public final class IndexBuildChild {
    public static void main(String[] args) {
        long sleepMs = Long.parseLong(args[2]);
        var fake = new CountingEmbeddingModel(null);
        EmbeddingModel slow = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                try {
                    Thread.sleep(sleepMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return fake.embedAll(segments);
            }

            @Override
            public int dimension() {
                return fake.dimension();
            }

            @Override
            public String modelName() {
                return fake.modelName();
            }
        };
        new PersistedIndex(Path.of(args[1]), Glossary.bundled(), slow, PersistedIndex.Settings.DEFAULT,
                IndexProgress.logOnly(), 0).open(Path.of(args[0]));
        System.out.println("child build finished");
    }
}
