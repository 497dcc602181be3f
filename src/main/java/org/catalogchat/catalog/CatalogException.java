package org.catalogchat.catalog;

/** The catalog as a whole cannot be loaded (missing path, unreadable file). Single bad entries are not this. */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }
}
