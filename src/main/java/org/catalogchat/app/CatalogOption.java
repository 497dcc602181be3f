package org.catalogchat.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --catalog}: serve, ask, eval and bench read a catalog. */
final class CatalogOption {
    @Option(names = "--catalog", paramLabel = "PATH",
            description = "catalog file or folder of .md files (default: ./seeds, else the bundled catalog)")
    Path catalog;

    /** The catalog to read: --catalog, else ./seeds, else the bundled one. */
    Path path() {
        return Main.catalogPath(catalog);
    }
}
