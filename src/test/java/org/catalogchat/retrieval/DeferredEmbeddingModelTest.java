package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class DeferredEmbeddingModelTest {
    @Test
    void nameAndDimensionAreKnownBeforeTheModelLoadsAndEmbeddingWaitsForIt() throws Exception {
        var release = new CountDownLatch(1);
        var counting = new CountingEmbeddingModel(null);
        var deferred = DeferredEmbeddingModel.start("fake", 8, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return counting;
        });
        assertEquals("fake/8", PersistedEmbeddings.modelId(deferred), "keying the index must not wait for the load");
        assertEquals("loading", deferred.status());
        assertEquals(false, deferred.settle(java.time.Duration.ofMillis(10)), "still loading");
        release.countDown();
        assertEquals(true, deferred.settle(java.time.Duration.ofSeconds(30)));
        assertEquals(CountingEmbeddingModel.fake("x"), deferred.embed("x").content());
        assertEquals(1, counting.texts.get());
        assertEquals("ready", deferred.status());
    }

    @Test
    void aFailedLoadSurfacesOnUse() {
        var deferred = DeferredEmbeddingModel.start("broken", 8, () -> {
            throw new IllegalStateException("no model file");
        });
        assertThrows(IllegalStateException.class, () -> deferred.embed("x"));
        assertEquals("failed", deferred.status());
        assertEquals(true, deferred.settle(java.time.Duration.ofSeconds(1)), "a failed load has ended too");
    }
}
