package org.catalogchat.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An {@link EmbeddingModel} that loads in the background. Loading MiniLM (inflating the ONNX file from the jar,
 * building the runtime session) is the largest single cost of a start; with the catalog's vectors persisted, the
 * catalog parse and the Lucene index need no model at all, so both run while it loads, and a server can listen
 * before it is done: most questions need no vector. The first call that needs vectors waits for it;
 * {@link #status()} says whether it has loaded (the server's {@code /health} reports it).
 *
 * <pre>{@code
 * var model = DeferredEmbeddingModel.start("all-MiniLM-L6-v2", 384, AllMiniLmL6V2EmbeddingModel::new);
 * Engine engine = Engine.load(path, glossary, model); // parses and indexes while the model loads
 * model.status();                                    // "loading", later "ready" (or "failed")
 * }</pre>
 */
public final class DeferredEmbeddingModel implements EmbeddingModel {
    private final String name;
    private final int dimension;
    private final CompletableFuture<EmbeddingModel> loading;

    private DeferredEmbeddingModel(String name, int dimension, CompletableFuture<EmbeddingModel> loading) {
        this.name = name;
        this.dimension = dimension;
        this.loading = loading;
    }

    /** Starts loading on a daemon thread; name and dimension are known up front so the index can be keyed at once. */
    public static DeferredEmbeddingModel start(String name, int dimension, Supplier<EmbeddingModel> loader) {
        var future = new CompletableFuture<EmbeddingModel>();
        Thread t = new Thread(() -> {
            try {
                future.complete(loader.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "embedding-model-load");
        t.setDaemon(true);
        t.start();
        return new DeferredEmbeddingModel(name, dimension, future);
    }

    /** Where the load is: {@code loading}, {@code ready}, or {@code failed} (then {@link #await()} throws why). */
    public String status() {
        if (!loading.isDone()) return "loading";
        return loading.isCompletedExceptionally() ? "failed" : "ready";
    }

    /** Runs {@code action} once the load has ended, on the loading thread (or at once if it already has). */
    public void whenLoaded(java.util.function.Consumer<Throwable> action) {
        loading.whenComplete((model, failure) -> action.accept(failure));
    }

    /**
     * Waits up to {@code timeout} for the load to end, either way; false if it is still running. A JVM that exits while
     * ONNX Runtime is still building its session can crash in native code, so a shutdown waits for this first.
     */
    public boolean settle(java.time.Duration timeout) {
        try {
            loading.handle((model, failure) -> null).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The loaded model, waiting for it if needed; a load failure is rethrown here. */
    public EmbeddingModel await() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override
    public Response<Embedding> embed(String text) {
        return await().embed(text);
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return await().embed(segment);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return await().embedAll(segments);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String modelName() {
        return name;
    }
}
