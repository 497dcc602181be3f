package org.catalogchat.app;

import java.nio.file.Path;
import org.catalogchat.feedback.FeedbackStore;
import picocli.CommandLine.Option;

/** {@code --feedback-db}: where the web chat's thumbs up and down are kept. */
final class FeedbackOption {
    @Option(names = "--feedback-db", paramLabel = "PATH",
            description = "SQLite file for answer feedback (default: beside the catalog, .catalog-chat-feedback.db in its folder; off on a --read-only replica without it)")
    Path file;

    /** The file to use: the flag, else beside {@code catalog} (as its index); null when neither (feedback off). */
    Path path(Path catalog) {
        if (file != null) return file;
        return catalog == null ? null : FeedbackStore.besideCatalog(catalog);
    }
}
