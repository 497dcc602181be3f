package org.catalogchat.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;

/**
 * A short fingerprint of a loaded catalog's content (SHA-256 over every entry's fields, 12 hex digits), so that
 * feedback says which catalog gave the answer. The same text gives the same version across restarts.
 *
 * <pre>{@code
 * String v = versions.of(engine.catalog()); // "3f9a0c41be27"
 * }</pre>
 */
public final class CatalogVersion {
    // Per catalog object: a reload brings a new catalog, and hashing a large one per request would be waste.
    private final Map<Catalog, String> known = new WeakHashMap<>();

    public synchronized String of(Catalog catalog) {
        return known.computeIfAbsent(catalog, CatalogVersion::compute);
    }

    private static String compute(Catalog catalog) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Dataset d : catalog.datasets()) {
                for (String field : new String[]{d.id(), d.name(), String.join("\u001f", d.aliases()), d.released().toString(),
                        String.join("\u001f", d.publishers()), d.url(), d.description()}) {
                    sha.update(field.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1e);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
