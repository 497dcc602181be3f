package org.catalogchat.app;

import java.nio.file.Path;
import org.catalogchat.feedback.FeedbackStore;
import picocli.CommandLine.Option;

/** {@code --feedback-db}: where the web chat's thumbs up and down are kept. */
final class FeedbackOption {
    @Option(names = "--feedback-db", paramLabel = "PATH",
            description = "SQLite file for answer feedback (default: beside the catalog, .catalog-chat-feedback.db in its folder)")
    Path file;

    /** The file to use for {@code catalog}: the flag, else beside the catalog (as its persisted embeddings). */
    Path path(Path catalog) {
        return file != null ? file : FeedbackStore.besideCatalog(catalog);
    }
}
