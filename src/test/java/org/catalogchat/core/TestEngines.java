package org.catalogchat.core;

import org.catalogchat.app.Main;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;

/**
 * Test fixture: the bundled catalog's engine, built once per test JVM (the embedding model takes a
 * second to load, and every test class would otherwise pay it).
 */
public final class TestEngines {
    private static EmbeddingModel model;
    private static Engine seeds;

    private TestEngines() {
    }

    public static synchronized EmbeddingModel model() {
        if (model == null) model = Main.embeddingModel();
        return model;
    }

    /** The engine over {@code seeds/}, the catalog the README promises. */
    public static synchronized Engine seeds() {
        if (seeds == null) seeds = Engine.load(Path.of("seeds"), Glossary.bundled(), model());
        return seeds;
    }

    public static Engine load(Path catalog) {
        return Engine.load(catalog, Glossary.bundled(), model());
    }

    public static ChatService chat() {
        return new ChatService(seeds(), new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
    }
}
